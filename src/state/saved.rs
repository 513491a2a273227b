//! A plan saved by `plan --out`: the file it was made from, the server it was made against, and
//! the plan as JSON. `apply PLANFILE` plans that file again and refuses to go on when the new
//! plan is not the saved one (a record changed since, or the file's references now name other
//! records): what is applied is exactly what was reviewed.

use serde_json::{Value, json};

use super::{Plan, render};
use crate::exit::Failure;
use crate::session::SessionInfo;

const FORMAT: &str = "tryton-cli plan";

pub fn to_json(info: &SessionInfo, source: &str, text: &str, plan: &Plan) -> Value {
    json!({
        "format": FORMAT,
        "version": 1,
        "server": {"url": info.url, "database": info.database, "login": info.login},
        "source": source,
        "file": text,
        "plan": render::json(plan),
    })
}

/// A saved plan read back: the file it was made from and the plan it showed.
pub struct Saved {
    pub source: String,
    pub text: String,
    pub plan: Value,
}

/// The saved plan in `text`, if it is one (else the text is a file of declared records).
pub fn read(name: &str, text: &str, info: &SessionInfo) -> anyhow::Result<Option<Saved>> {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Ok(None);
    };
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Ok(None);
    }
    let server = &value["server"];
    let same = server["url"].as_str() == Some(info.url.as_str())
        && server["database"].as_str() == Some(info.database.as_str())
        && server["login"].as_str() == Some(info.login.as_str());
    if !same {
        return Err(Failure::usage(format!(
            "{name} was planned against {} (database {}, user {}), not this server: plan again here",
            server["url"].as_str().unwrap_or("?"),
            server["database"].as_str().unwrap_or("?"),
            server["login"].as_str().unwrap_or("?")
        ))
        .into());
    }
    let (Some(source), Some(file)) = (value["source"].as_str(), value["file"].as_str()) else {
        return Err(Failure::usage(format!("{name} is not a whole saved plan: plan again")).into());
    };
    Ok(Some(Saved {
        source: source.to_string(),
        text: file.to_string(),
        plan: value["plan"].clone(),
    }))
}
