//! `tryton-cli lang`: languages (`ir.lang`) over RPC — list them, load or unload their
//! translations (the `load_translations`/`unload_translations` buttons).

use std::time::Instant;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::cli::{LangAction, LangArgs};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &LangArgs,
) -> anyhow::Result<ExitCode> {
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    match &args.action {
        LangAction::List(list) => {
            let domain = match &list.pattern {
                Some(pattern) => {
                    let like = format!("%{pattern}%");
                    json!(["OR", ["code", "ilike", like], ["name", "ilike", like]])
                }
                None => json!([]),
            };
            let fields = ["code", "name", "translatable", "active"];
            let rows = session.call(
                "model.ir.lang.search_read",
                &json!([
                    domain,
                    0,
                    null,
                    [["code", "ASC"]],
                    fields,
                    inactive_too(&session)
                ]),
            )?;
            out.records(
                list.output.output,
                &fields.map(String::from),
                list.output.style(),
                &super::user::booleans(rows.value, &["translatable", "active"]),
            )?;
            Ok(ExitCode::Success)
        }
        LangAction::Load(lang) => press(&mut session, &lang.code, true),
        LangAction::Unload(lang) => press(&mut session, &lang.code, false),
    }
}

/// A context that lists inactive languages too (a language is loaded whether active or not).
fn inactive_too(session: &Authenticated) -> Value {
    let mut context = session.context().clone();
    if let Some(context) = context.as_object_mut() {
        context.insert("active_test".into(), Value::Bool(false));
    }
    context
}

#[derive(Deserialize)]
struct LangRow {
    id: i64,
    name: String,
    #[serde(default, deserialize_with = "crate::schema::flag")]
    translatable: bool,
}

fn press(session: &mut Authenticated, code: &str, load: bool) -> anyhow::Result<ExitCode> {
    let context = inactive_too(session);
    let rows = session.call(
        "model.ir.lang.search_read",
        &json!([
            [["code", "=", code]],
            0,
            1,
            null,
            ["name", "translatable"],
            context
        ]),
    )?;
    let rows: Vec<LangRow> = serde_json::from_value(rows.value).unwrap_or_default();
    let Some(lang) = rows.into_iter().next() else {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!("no language with code '{code}' (see 'tryton-cli lang list')"),
        )
        .into());
    };
    if !load && !lang.translatable {
        log::info!(
            "{} ({code}) has no translations loaded; nothing to do",
            lang.name
        );
        return Ok(ExitCode::Success);
    }
    let button = if load {
        "load_translations"
    } else {
        "unload_translations"
    };
    let started = Instant::now();
    let context = session.context().clone();
    session.call(
        &format!("model.ir.lang.{button}"),
        &json!([[lang.id], context]),
    )?;
    let done = if load { "loaded" } else { "unloaded" };
    log::info!(
        "Translations of {} ({code}) {done} in {:.1} s",
        lang.name,
        started.elapsed().as_secs_f64()
    );

    Ok(ExitCode::Success)
}
