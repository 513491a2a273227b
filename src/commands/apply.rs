//! `tryton-cli apply FILE|PLANFILE`: plan, show, ask (or `--yes`), apply. A saved plan is
//! planned again and must be unchanged.

use crate::cli::{ApplyArgs, PlanFormat};
use crate::config::Settings;
use crate::confirm::confirm;
use crate::exit::{ExitCode, Failure};
use crate::interrupt;
use crate::output::Output;
use crate::session::{Authenticated, Sessions};
use crate::state::{self, apply, render, saved};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ApplyArgs,
) -> anyhow::Result<ExitCode> {
    let (name, text) = state::read_text(&args.file)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let saved = saved::read(&name, &text, &session.info)?;
    let (source, text) = match &saved {
        Some(saved) => (saved.source.clone(), saved.text.clone()),
        None => (name.clone(), text),
    };
    let plan = state::plan(&mut session, state::file::parse(&source, &text)?)?;
    if saved.is_some() && plan.is_empty() {
        // Applied already (by this plan or otherwise): the server holds what was reviewed.
        out.line(format!(
            "No changes: the server already matches {name} (applied before?)."
        ))?;
        return Ok(ExitCode::Success);
    }
    if let Some(saved) = &saved
        && render::json(&plan) != saved.plan
    {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!(
                "{name} is stale: the server changed since it was planned ({}); nothing was written: plan again",
                render::summary(&plan).trim_end_matches('.')
            ),
        )
        .into());
    }
    if plan.is_empty() {
        super::plan::show(out, &plan, PlanFormat::Text)?;
        return Ok(ExitCode::Success);
    }
    // The plan is shown where the question is asked; piped, it goes to the log (stderr) so
    // that stdout holds only the outcome.
    if out.term().can_prompt && !settings.assume_yes {
        super::plan::show(out, &plan, PlanFormat::Text)?;
    } else {
        for line in render::text(&plan) {
            log::info!("{line}");
        }
    }
    let [create, update, delete] = plan.summary();
    confirm(
        &format!(
            "apply {create} create(s), {update} change(s), {delete} delete(s) to {} ({})",
            session.info.database, session.info.url
        ),
        settings.assume_yes,
        out.term().can_prompt,
    )?;
    interrupt::install(out.term().stderr);
    let done = apply::apply(&mut session, &plan)?;
    out.line(format!(
        "Apply complete: {} created, {} changed, {} deleted.",
        done.created, done.changed, done.deleted
    ))?;
    Ok(ExitCode::Success)
}
