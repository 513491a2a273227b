//! Before a change: no other module operation half done, no scheduled action running (8.x).

use serde_json::json;

use crate::exit::{ExitCode, Failure};
use crate::rpc::Layout;
use crate::session::Authenticated;

use super::plan::Modules;

pub(super) fn refuse_pending(modules: &Modules) -> anyhow::Result<()> {
    let pending = modules.pending();
    if pending.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = pending
        .iter()
        .map(|m| format!("{} ({})", m.name, m.state))
        .collect();
    Err(Failure::new(
        ExitCode::ServerError,
        format!(
            "another module operation is pending: {}; clear it with 'tryton-cli module cancel' (or finish it), then run this again",
            listed.join(", ")
        ),
    )
    .into())
}

/// On 8.x a scheduled action that is running would race the update (its code may be replaced
/// under it); 7.0 does not say whether one runs.
pub(super) fn refuse_running_cron(session: &mut Authenticated) -> anyhow::Result<()> {
    if session.info.layout == Some(Layout::Root) {
        return Ok(());
    }
    let context = session.context().clone();
    let fields = crate::schema::fields_get("ir.cron", &context, |method, params| {
        Ok(session.call(method, params)?.value)
    })?;
    if !fields.contains_key("running") {
        return Ok(());
    }
    let rows = session.call(
        "model.ir.cron.search_read",
        &json!([
            [["active", "=", true]],
            0,
            null,
            null,
            ["running", "rec_name"],
            context
        ]),
    )?;
    let running: Vec<String> = rows
        .value
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter(|row| row["running"] == json!(true))
        .map(|row| row["rec_name"].as_str().unwrap_or_default().to_string())
        .collect();
    if running.is_empty() {
        return Ok(());
    }
    Err(Failure::new(
        ExitCode::ServerError,
        format!(
            "a scheduled action is running ({}); run this again when it is done (see 'tryton-cli cron')",
            running.join(", ")
        ),
    )
    .into())
}
