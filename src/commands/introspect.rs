//! `read`, `models` and `fields`: what an operator looks up before writing a query.

use serde_json::{Value, json};

use crate::cache::Cache;
use crate::cli::{CacheArgs, FieldsArgs, ModelsArgs, ReadArgs};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::session::login::Authenticated;

use super::search::write_records;

fn cached_call(
    session: &mut Authenticated<'_>,
    cache: &CacheArgs,
    method: &str,
    params: Value,
) -> anyhow::Result<Value> {
    let cache = Cache::for_method(cache.cache, cache.refresh, method)?;
    session.call_cached(cache.as_ref(), method, &params)
}

pub fn read(settings: &Settings, args: &ReadArgs) -> anyhow::Result<ExitCode> {
    let mut session = Authenticated::open(settings)?;
    let fields = if args.fields.is_empty() {
        vec!["id".to_string(), "rec_name".to_string()]
    } else {
        args.fields.clone()
    };
    let context = session.context().clone();
    let method = format!("model.{}.read", args.model);
    let records = cached_call(
        &mut session,
        &args.cache,
        &method,
        json!([args.ids, fields, context]),
    )?;
    write_records(args.output, &fields, &records)?;
    Ok(ExitCode::Success)
}

pub fn models(settings: &Settings, args: &ModelsArgs) -> anyhow::Result<ExitCode> {
    let mut session = Authenticated::open(settings)?;
    // ir.model names its fields differently: 8.x `name`/`string`, 7.x `model`/`name`.
    let (name, description) = if session.info.layout.as_deref() == Some("7.x") {
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
    let context = session.context().clone();
    let records = cached_call(
        &mut session,
        &args.cache,
        "model.ir.model.search_read",
        json!([
            domain,
            0,
            null,
            [[name, "ASC"]],
            [name, description],
            context
        ]),
    )?;
    let rows: Vec<Value> = records
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|r| json!({"model": r[name], "description": r[description]}))
        .collect();
    let columns = vec!["model".to_string(), "description".to_string()];
    write_records(args.output, &columns, &Value::Array(rows))?;
    Ok(ExitCode::Success)
}

pub fn fields(settings: &Settings, args: &FieldsArgs) -> anyhow::Result<ExitCode> {
    let mut session = Authenticated::open(settings)?;
    let context = session.context().clone();
    let method = format!("model.{}.fields_get", args.model);
    let definitions = cached_call(&mut session, &args.cache, &method, json!([null, context]))?;
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
    write_records(args.output, &columns, &Value::Array(rows))?;
    Ok(ExitCode::Success)
}
