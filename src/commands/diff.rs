//! `tryton-cli diff --from A --to B (MODEL…|FILE)` and `sync` (the same, then applied to B):
//! the records of --from, exported as `state export` writes them, planned against --to. Each
//! side is a profile of the config file, with a session of its own.

use std::path::Path;

use serde_json::{Map, Value, json};

use crate::cli::{DiffArgs, PlanFormat};
use crate::config::{Flags, Settings};
use crate::confirm::confirm;
use crate::domain::parse_domain;
use crate::exit::{ExitCode, Failure};
use crate::field_types::typed_domain;
use crate::output::Output;
use crate::session::{Authenticated, Sessions};
use crate::state::export::{Exporter, Request, to_yaml};
use crate::state::{self, apply, render};

/// What is compared: models exported whole, or what a file's blocks declare.
enum What {
    Models(Vec<String>),
    File {
        source: String,
        spec: state::file::Spec,
    },
}

pub fn run(global: &Flags, out: &Output, args: &DiffArgs, sync: bool) -> anyhow::Result<ExitCode> {
    if args.from == args.to {
        return Err(Failure::usage(format!(
            "--from and --to both name the profile '{}': compare two profiles",
            args.from
        ))
        .into());
    }
    let what = what(&args.what)?;
    let from_settings = side(global, &args.from)?;
    let to_settings = side(global, &args.to)?;
    let from_sessions = Sessions::open(from_settings.session_store)?;
    let to_sessions = Sessions::open(to_settings.session_store)?;
    let can_prompt = out.term().can_prompt;
    let (source, text) = {
        let mut from = Authenticated::open(&from_settings, &from_sessions, can_prompt)?;
        export(&mut from, &what, &args.from)?
    };
    let mut to = Authenticated::open(&to_settings, &to_sessions, can_prompt)?;
    let plan = state::plan(&mut to, state::file::parse(&source, &text)?)?;
    if !sync {
        super::plan::show(out, &plan, args.output)?;
        return Ok(if plan.is_empty() {
            ExitCode::Success
        } else {
            ExitCode::ChangesPending
        });
    }
    // As apply: the plan is shown where the question is asked; piped, it goes to the log
    // (stderr) so that stdout holds only the outcome — unless JSON was asked for.
    if args.output == PlanFormat::Json || plan.is_empty() {
        super::plan::show(out, &plan, args.output)?;
    } else if can_prompt && !to_settings.assume_yes {
        super::plan::show(out, &plan, PlanFormat::Text)?;
    } else {
        for line in render::text(&plan) {
            log::info!("{line}");
        }
    }
    if plan.is_empty() {
        return Ok(ExitCode::Success);
    }
    let [create, update, delete] = plan.summary();
    confirm(
        &format!(
            "apply {create} create(s), {update} change(s), {delete} delete(s) to {} ({}), profile {}",
            to.info.database, to.info.url, args.to
        ),
        to_settings.assume_yes,
        can_prompt,
    )?;
    let done = apply::apply(&mut to, &plan)?;
    out.line(format!(
        "Apply complete: {} created, {} changed, {} deleted.",
        done.created, done.changed, done.deleted
    ))?;
    Ok(ExitCode::Success)
}

/// The settings of one side: its profile decides the server, database and user (a --url or
/// TRYTON_URL would aim both sides at the same place); the other flags apply to both.
fn side(global: &Flags, profile: &str) -> anyhow::Result<Settings> {
    let flags = Flags {
        profile: Some(profile.to_string()),
        url: None,
        database: None,
        user: None,
        password_file: None,
        ..global.clone()
    };
    let settings = Settings::resolve(&flags)?;
    let missing = match (&settings.url, &settings.database) {
        (None, _) => Some("url"),
        (_, None) => Some("database"),
        _ => None,
    };
    if let Some(key) = missing {
        return Err(Failure::usage(format!(
            "profile '{profile}' has no {key}: add {key} = \"…\" to [profiles.{profile}] in the config file"
        ))
        .into());
    }
    Ok(settings)
}

/// A file (an existing path, `-`, or a name ending .yaml/.yml/.json), or model names.
fn what(args: &[String]) -> anyhow::Result<What> {
    let is_file = |arg: &String| {
        arg == "-"
            || Path::new(arg).is_file()
            || [".yaml", ".yml", ".json"]
                .iter()
                .any(|ext| arg.to_ascii_lowercase().ends_with(ext))
    };
    match args {
        [one] if is_file(one) => {
            let (source, text) = state::read_text(Path::new(one))?;
            let spec = state::file::parse(&source, &text)?;
            Ok(What::File { source, spec })
        }
        _ => {
            if let Some(file) = args.iter().find(|arg| is_file(arg)) {
                return Err(Failure::usage(format!(
                    "{file} is a file: compare one file, or model names (not both)"
                ))
                .into());
            }
            Ok(What::Models(args.to_vec()))
        }
    }
}

/// The records of --from as a file, and the name plan's errors give it.
fn export(
    session: &mut Authenticated,
    what: &What,
    profile: &str,
) -> anyhow::Result<(String, String)> {
    let (name, context, requests) = match what {
        What::Models(models) => {
            // Exported whole, so a record only on --to is one to delete.
            let requests = models
                .iter()
                .map(|model| Request {
                    model: model.clone(),
                    domain: json!([]),
                    prune: Some(json!([])),
                    ..Request::default()
                })
                .collect();
            (models.join(", "), Map::new(), requests)
        }
        What::File { source, spec } => {
            let mut requests = Vec::new();
            for block in &spec.blocks {
                let mut fields: Vec<String> = Vec::new();
                for item in &block.items {
                    for (name, _) in &item.fields {
                        if !fields.contains(name) {
                            fields.push(name.clone());
                        }
                    }
                }
                let domain = match &block.prune {
                    Some(Value::String(text)) => {
                        let parsed = parse_domain(std::slice::from_ref(text)).map_err(|err| {
                            state::file::at(source, block.line, format!("prune domain: {err}"))
                        })?;
                        typed_domain(&parsed, session, &block.model)?
                    }
                    Some(domain) => domain.clone(),
                    None => json!([]),
                };
                requests.push(Request {
                    model: block.model.clone(),
                    domain: domain.clone(),
                    fields,
                    children: Vec::new(),
                    key: block.key.clone(),
                    prune: block.prune.as_ref().map(|_| domain),
                });
            }
            (source.clone(), spec.context.clone(), requests)
        }
    };
    let document = Exporter::new(
        session,
        context,
        "compare it with a file whose block gives key: [field, …]",
    )
    .document(&requests)?;
    let source = format!("{name} (exported from {profile})");
    Ok((source, to_yaml(&document)?))
}
