//! `tryton-cli fields`: a model's fields (fields_get) as rows.

use serde_json::{Value, json};

use crate::cache::Cache;
use crate::cli::FieldsArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &FieldsArgs,
) -> anyhow::Result<ExitCode> {
    let method = format!("model.{}.fields_get", args.model);
    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, &method)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let params = json!([null, session.context()]);
    let definitions = session.call_cached(cache.as_ref(), &method, &params)?;
    let Value::Object(definitions) = definitions else {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!("{method} did not answer an object"),
        )
        .into());
    };
    let mut rows: Vec<Value> = definitions
        .into_iter()
        .map(|(name, definition)| {
            json!({
                "name": name,
                "type": definition.get("type").cloned().unwrap_or(Value::Null),
                "string": definition.get("string").cloned().unwrap_or(Value::Null),
                "relation": definition.get("relation").cloned().unwrap_or(Value::Null),
                "required": definition.get("required").and_then(Value::as_bool).unwrap_or(false),
                "readonly": definition.get("readonly").and_then(Value::as_bool).unwrap_or(false),
            })
        })
        .collect();
    rows.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    let columns: Vec<String> = ["name", "type", "string", "relation", "required", "readonly"]
        .map(String::from)
        .to_vec();
    let output = &args.output;
    out.records(output.output, &columns, output.style(), &Value::Array(rows))?;
    Ok(ExitCode::Success)
}
