//! `tryton-cli fields`: a model's fields (fields_get, read by `schema`) as rows.

use serde_json::{Value, json};

use crate::cache::Cache;
use crate::cli::FieldsArgs;
use crate::config::Settings;
use crate::exit::ExitCode;
use crate::output::Output;
use crate::schema;
use crate::session::{Authenticated, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &FieldsArgs,
) -> anyhow::Result<ExitCode> {
    let method = schema::fields_get_method(&args.model);
    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, &method)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let fields = schema::fields_get(&args.model, &session.context().clone(), |method, params| {
        session.call_cached(cache.as_ref(), method, params)
    })?;
    let rows: Vec<Value> = fields
        .into_iter()
        .map(|(name, field)| {
            json!({
                "name": name,
                "type": field.kind,
                "string": field.string,
                "relation": field.relation,
                "required": field.required,
                "readonly": field.readonly,
            })
        })
        .collect();
    let columns: Vec<String> = ["name", "type", "string", "relation", "required", "readonly"]
        .map(String::from)
        .to_vec();
    let output = &args.output;
    out.records(output.output, &columns, output.style(), &Value::Array(rows))?;
    Ok(ExitCode::Success)
}
