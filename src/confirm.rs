//! Questions to the person at the terminal: confirming a destructive command, and answering the
//! server's warnings. Without a terminal the answer is `--yes` or no (as gh, kubectl and apt).

use std::io::BufRead;

use crate::exit::Failure;
use crate::logger::printable;

/// An answer to a server warning: proceed once, or always for this warning (the desktop
/// client's "Always ignore").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proceed {
    No,
    Once,
    Always,
}

/// Asks `question [y/N]` on stderr and reads the answer from stdin; only on a terminal.
pub fn ask_yes_no(question: &str) -> anyhow::Result<bool> {
    Ok(matches!(
        ask(&format!("{question} [y/N] "))?.as_str(),
        "y" | "yes"
    ))
}

/// The server's warning, and whether to go on.
pub fn ask_warning(message: &str, description: &str) -> anyhow::Result<Proceed> {
    // The server's text, on a terminal: shown escaped where it could drive it.
    eprintln!("tryton-cli: warning: {}", printable(message.trim()));
    if !description.trim().is_empty() {
        eprintln!("{}", printable(description.trim()));
    }
    Ok(
        match ask("Do you want to proceed? [y]es, [N]o, [a]lways for this warning: ")?.as_str() {
            "y" | "yes" => Proceed::Once,
            "a" | "always" => Proceed::Always,
            _ => Proceed::No,
        },
    )
}

fn ask(prompt: &str) -> anyhow::Result<String> {
    eprint!("{prompt}");
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| Failure::usage(format!("cannot read the answer: {err}")))?;
    Ok(line.trim().to_ascii_lowercase())
}

/// The confirmation a destructive command needs: `--yes`, or yes at the terminal. Without a
/// terminal and without `--yes` it is refused (exit 3) and nothing is done.
pub fn confirm(question: &str, assume_yes: bool, can_prompt: bool) -> anyhow::Result<()> {
    if assume_yes {
        return Ok(());
    }
    if !can_prompt {
        return Err(Failure::usage(format!(
            "{question}: pass --yes to confirm (no terminal to ask on); nothing was changed"
        ))
        .into());
    }
    if ask_yes_no(&format!("{question}?"))? {
        Ok(())
    } else {
        Err(Failure::usage("not confirmed; nothing was changed").into())
    }
}
