//! `tryton-cli button`: press a button of records (`model.M.<button> [ids, ctx]`), as the desktop
//! client does for a form's button, and print what it returns.

use serde_json::json;

use super::{parse_context, parse_ids};
use crate::cli::ButtonArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::rpc::{self, Fault};
use crate::session::Authenticated;

pub fn run(settings: &Settings, out: &Output, args: &ButtonArgs) -> anyhow::Result<ExitCode> {
    check_name("model", &args.model, true)?;
    check_name("button", &args.name, false)?;
    let ids = parse_ids(&args.ids)?;
    if ids.is_empty() {
        return Err(Failure::usage(
            "give the ids of the records whose button to press, e.g. 3 or 1,2",
        )
        .into());
    }
    let extra_context = parse_context(args.context.as_deref())?;
    let mut session = Authenticated::open(settings, out.term().can_prompt)?;
    let context = session.context_with(extra_context);
    let method = format!("model.{}.{}", args.model, args.name);
    let value = match session.call(&method, &json!([ids, context])) {
        Ok(reply) => reply.value,
        Err(err) => return Err(explain(err, &args.model, &args.name)),
    };
    if !value.is_null() {
        out.json(&value, false, false)?;
    }
    if !settings.quiet {
        eprintln!(
            "Pressed {} on {} record(s) of {}",
            args.name,
            ids.len(),
            args.model
        );
    }
    Ok(ExitCode::Success)
}

/// Model and button names are identifiers (a model's with dots): anything else is refused
/// before it is sent.
fn check_name(what: &str, name: &str, dotted: bool) -> anyhow::Result<()> {
    let fits = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || (dotted && c == '.'))
        && !name.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && !name.ends_with('.');
    if fits {
        Ok(())
    } else {
        Err(Failure::usage(format!("'{name}' is not a {what} name")).into())
    }
}

/// The server's ways of saying "no such model" and "no such button", said plainly.
fn explain(err: anyhow::Error, model: &str, button: &str) -> anyhow::Error {
    let said = |text: String| -> anyhow::Error { Failure::new(ExitCode::ServerError, text).into() };
    match err.downcast_ref::<rpc::Error>() {
        Some(rpc::Error::Http { status: 403, .. }) => said(format!(
            "{model} has no button '{button}' that you may press (the server refuses model.{model}.{button}: HTTP 403)"
        )),
        Some(rpc::Error::Fault(Fault::Server { message, .. }))
            if message.trim() == format!("'{model}'") =>
        {
            said(format!("no model named '{model}' on the server"))
        }
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_identifiers() {
        assert!(check_name("model", "ir.cron", true).is_ok());
        assert!(check_name("button", "run_once", false).is_ok());
        assert!(check_name("button", "run.once", false).is_err());
        assert!(check_name("button", "run once", false).is_err());
        assert!(check_name("model", ".cron", true).is_err());
        assert!(check_name("model", "", true).is_err());
    }

    #[test]
    fn unknown_models_and_buttons_are_named() {
        let forbidden = anyhow::Error::new(rpc::Error::Http {
            url: "u".into(),
            method: "model.ir.cron.nope".into(),
            status: 403,
            message: String::new(),
            retry_after: None,
        });
        let text = explain(forbidden, "ir.cron", "nope").to_string();
        assert!(text.contains("ir.cron has no button 'nope'"), "{text}");
        let unknown =
            anyhow::Error::new(rpc::Error::Fault(Fault::decode(&json!(["'no.such'", ""]))));
        let text = explain(unknown, "no.such", "run").to_string();
        assert_eq!(text, "no model named 'no.such' on the server");
        let other = anyhow::anyhow!("something else");
        assert_eq!(explain(other, "a", "b").to_string(), "something else");
    }
}
