//! Configuration as code: records declared in a file (`file.rs`), found on the server by
//! natural keys (`keys.rs`), typed by their fields (`values.rs`), compared into a plan
//! (`plan.rs`, `compare.rs`), shown (`render.rs`) and applied (`apply.rs`). The commands
//! `plan`, `apply`, `state export`, `diff` and `sync` are thin over this.

pub mod apply;
pub mod export;
pub mod file;
pub mod keys;
pub mod plan;
pub mod render;
pub mod saved;
pub mod values;
pub mod yaml;

use std::path::Path;

use crate::exit::Failure;
use crate::session::Authenticated;

pub use plan::Plan;

/// A record's id, as `read`/`search_read` give it.
pub fn record_id(record: &serde_json::Map<String, serde_json::Value>) -> Option<i64> {
    record.get("id").and_then(serde_json::Value::as_i64)
}

/// The ids of an x2many value as read (a list of ids).
pub fn ids_of(value: Option<&serde_json::Value>) -> Vec<i64> {
    value
        .and_then(serde_json::Value::as_array)
        .map(|ids| ids.iter().filter_map(serde_json::Value::as_i64).collect())
        .unwrap_or_default()
}

/// The text of a file of declared records, and the name errors give it.
pub fn read_text(path: &Path) -> anyhow::Result<(String, String)> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|err| Failure::usage(format!("cannot read standard input: {err}")))?;
        return Ok(("<stdin>".to_string(), text));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|err| Failure::usage(format!("cannot read {}: {err}", path.display())))?;
    Ok((path.display().to_string(), text))
}

/// The plan of a file's records against the session's server (its text read into `spec` by
/// `file::parse` first, so that its errors come before anything is sent).
pub fn plan(session: &mut Authenticated, spec: file::Spec) -> anyhow::Result<Plan> {
    plan::Planner::new(session, &spec).plan(spec)
}
