//! `tryton-cli models`: the models of the database (ir.model), optionally filtered.

use serde_json::{Value, json};

use crate::cache::Cache;
use crate::cli::ModelsArgs;
use crate::config::Settings;
use crate::exit::ExitCode;
use crate::output::Output;
use crate::rpc::Layout;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ModelsArgs,
) -> anyhow::Result<ExitCode> {
    let method = "model.ir.model.search_read";
    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, method)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    // ir.model names its fields differently: 8.x `name`/`string`, 7.x `model`/`name`.
    let (name, description) = if session.info.layout == Some(Layout::Root) {
        ("model", "name")
    } else {
        ("name", "string")
    };
    let domain = match &args.pattern {
        Some(pattern) => {
            let like = format!("%{pattern}%");
            json!(["OR", [name, "ilike", like], [description, "ilike", like]])
        }
        None => json!([]),
    };
    let params = json!([
        domain,
        0,
        null,
        [[name, "ASC"]],
        [name, description],
        session.context()
    ]);
    let records = session.call_cached(cache.as_ref(), method, &params)?;
    let rows: Vec<Value> = records
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|r| json!({"model": r[name], "description": r[description]}))
        .collect();
    let columns = vec!["model".to_string(), "description".to_string()];
    let output = &args.output;
    out.records(output.output, &columns, output.style(), &Value::Array(rows))?;
    Ok(ExitCode::Success)
}
