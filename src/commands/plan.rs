//! `tryton-cli plan FILE`: what apply would change, Terraform-like or as JSON; `--out` saves it
//! for `apply PLANFILE`; `--detailed-exitcode` exits 5 when there is something to do.

use crate::cli::{PlanArgs, PlanFormat};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::session::{Authenticated, Sessions};
use crate::state::{self, render, saved};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &PlanArgs,
) -> anyhow::Result<ExitCode> {
    let (source, text) = state::read_text(&args.file)?;
    // The file is read (and its errors named) before anything is sent.
    let spec = state::file::parse(&source, &text)?;
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let plan = state::plan(&mut session, spec)?;
    show(out, &plan, args.output)?;
    if let Some(path) = &args.out {
        let saved = saved::to_json(&session.info, &source, &text, &plan);
        let body = serde_json::to_string_pretty(&saved)? + "\n";
        std::fs::write(path, body).map_err(|err| {
            Failure::usage(format!(
                "cannot write the plan to {}: {err}",
                path.display()
            ))
        })?;
        log::info!(
            "Saved the plan to {}: 'tryton-cli apply {}' applies exactly it",
            path.display(),
            path.display()
        );
    }
    Ok(if args.detailed_exitcode && !plan.is_empty() {
        ExitCode::ChangesPending
    } else {
        ExitCode::Success
    })
}

/// The plan on stdout, as text or JSON.
pub fn show(out: &Output, plan: &state::Plan, format: PlanFormat) -> anyhow::Result<()> {
    match format {
        PlanFormat::Json => out.json(&render::json(plan), true, false)?,
        PlanFormat::Text => {
            let term = out.term();
            for line in render::text(plan) {
                if !term.stdout {
                    out.line(line)?;
                    continue;
                }
                // Server text (names) escaped first, then the colours of Terraform's plan:
                // green to create, yellow to change, red to delete.
                let line = crate::logger::printable(&line);
                let colour = match line.trim_start().chars().next() {
                    Some('+') => "32",
                    Some('~') => "33",
                    Some('-') => "31",
                    _ => "",
                };
                if term.color && !colour.is_empty() {
                    out.styled_line(&format!("\x1b[{colour}m{line}\x1b[0m"))?;
                } else {
                    out.line(line)?;
                }
            }
        }
    }
    Ok(())
}
