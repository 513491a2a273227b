//! The edge where errors become what the user sees: one line on stderr (`tryton-cli: …`), the
//! server's traceback with `-v`, and the exit code of the documented table (which code an error
//! gets is `exit.rs`'s [`exit_code_of`]; nothing below the commands imports this file).

use crate::exit::{ExitCode, exit_code_of};
use crate::rpc;

/// A command's outcome as the process's exit code, printing the error (if any) on one line.
pub fn report(result: anyhow::Result<ExitCode>) -> std::process::ExitCode {
    match result {
        Ok(code) => code.into(),
        Err(err) => {
            log::error!("{}", rpc::one_line(&format!("{err:#}")));
            if let Some(details) = crate::exit::details_of(&err) {
                log::debug!("{details}");
            }
            exit_code_of(&err).into()
        }
    }
}

/// clap's errors, folded into one line and exit code 3; help and version go to stdout with 0.
pub fn report_usage_error(err: clap::Error) -> std::process::ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = err.print();
        return if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            ExitCode::Usage.into()
        } else {
            ExitCode::Success.into()
        };
    }
    log::error!("{}", usage_error_line(&err.render().to_string()));
    ExitCode::Usage.into()
}

/// clap's rendered error as one line: the message with the lines that continue it (the names
/// of missing arguments), clap's tip, and where to read more.
fn usage_error_line(rendered: &str) -> String {
    let mut lines = rendered.lines().map(str::trim);
    let first = lines.next().unwrap_or("invalid arguments");
    let mut message = first.strip_prefix("error: ").unwrap_or(first).to_string();
    let mut tip = String::new();
    let mut continued = Vec::new();
    for line in lines {
        if line.starts_with("Usage:") || line.starts_with("For more information") {
            break;
        }
        if let Some(text) = line.strip_prefix("tip: ") {
            tip = format!(" ({text})");
        } else if !line.is_empty() {
            continued.push(line);
        }
    }
    if !continued.is_empty() {
        message = format!(
            "{}: {}",
            message.trim_end_matches(':'),
            continued.join(", ")
        );
    }
    format!("{message}{tip}; see 'tryton-cli --help'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_arguments_are_named_on_the_one_line() {
        let rendered = "error: the following required arguments were not provided:\n  <METHOD>\n\nUsage: tryton-cli call <METHOD> [ARG]...\n\nFor more information, try '--help'.\n";
        assert_eq!(
            usage_error_line(rendered),
            "the following required arguments were not provided: <METHOD>; see 'tryton-cli --help'"
        );
        let two = "error: the following required arguments were not provided:\n  <MODEL>\n  <IDS>...\n\nUsage: x\n";
        assert_eq!(
            usage_error_line(two),
            "the following required arguments were not provided: <MODEL>, <IDS>...; see 'tryton-cli --help'"
        );
        let tip = "error: unexpected argument '--foo' found\n\n  tip: to pass '--foo' as a value, use '-- --foo'\n\nUsage: x\n";
        assert_eq!(
            usage_error_line(tip),
            "unexpected argument '--foo' found (to pass '--foo' as a value, use '-- --foo'); see 'tryton-cli --help'"
        );
    }
}
