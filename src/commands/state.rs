//! `tryton-cli state export MODEL`: the records on the server as a file `plan` and `apply`
//! read (YAML, or JSON), such that planning it at once shows no change.

use serde_json::Map;

use crate::cli::{StateAction, StateArgs, StateExportArgs};
use crate::config::Settings;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure};
use crate::field_types::typed_domain;
use crate::output::Output;
use crate::session::{Authenticated, Sessions};
use crate::state::export::{Exporter, Request, to_yaml};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &StateArgs,
) -> anyhow::Result<ExitCode> {
    match &args.action {
        StateAction::Export(args) => export(settings, sessions, out, args),
    }
}

fn export(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &StateExportArgs,
) -> anyhow::Result<ExitCode> {
    let names = |list: &[String]| -> Vec<String> {
        list.iter()
            .map(|name| name.trim().to_string())
            .filter(|name| !name.is_empty())
            .collect()
    };
    // The domain is read (and its errors named) before anything is sent.
    let domain = match &args.where_ {
        Some(text) => Some(
            parse_domain(std::slice::from_ref(text))
                .map_err(|err| Failure::usage(format!("--where: {err}")))?,
        ),
        None => None,
    };
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let domain = match &domain {
        Some(domain) => typed_domain(domain, &mut session, &args.model)?,
        None => serde_json::json!([]),
    };
    let key = names(&args.key);
    let request = Request {
        model: args.model.clone(),
        domain,
        fields: names(&args.fields),
        children: names(&args.children),
        key: (!key.is_empty()).then_some(key),
        prune: None,
    };
    let document = Exporter::new(&mut session, Map::new(), "pass --key FIELDS")
        .document(std::slice::from_ref(&request))?;
    let text = if args.json {
        serde_json::to_string_pretty(&document)? + "\n"
    } else {
        to_yaml(&document)?
    };
    out.bytes(text.as_bytes())?;
    Ok(ExitCode::Success)
}
