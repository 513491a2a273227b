//! The edge where errors become what the user sees: one line on stderr (`tryton-cli: …`), the
//! server's traceback with `-v`, and the exit code of the documented table. Every mapping from an
//! error type to an exit code lives here, so that the layers below (notably `rpc`) know nothing
//! of exit codes.

use crate::exit::{ExitCode, Failure};
use crate::rpc::{self, Fault, methods};

/// The exit code for an error: the first cause in the chain that knows one decides.
pub fn exit_code_of(err: &anyhow::Error) -> ExitCode {
    for cause in err.chain() {
        if let Some(failure) = cause.downcast_ref::<Failure>() {
            return failure.code;
        }
        if let Some(rpc) = cause.downcast_ref::<rpc::Error>() {
            return rpc_exit_code(rpc);
        }
        // A writer's error that carries a code (a `--jq` program failing on a record).
        if let Some(failure) = cause
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .and_then(|inner| inner.downcast_ref::<Failure>())
        {
            return failure.code;
        }
    }
    ExitCode::ServerError
}

/// The exit code of a JSON-RPC failure.
pub fn rpc_exit_code(err: &rpc::Error) -> ExitCode {
    use rpc::Error as E;
    match err {
        E::NotResent { cause, .. } => rpc_exit_code(cause),
        E::InvalidUrl { .. } | E::CaCert { .. } => ExitCode::Usage,
        E::NoAnswer { .. } | E::Timeout { .. } | E::Tls { .. } => ExitCode::NoAnswer,
        E::Http { status: 401, .. } => ExitCode::Auth,
        // A proxy speaking for an application that did not answer: as "connection refused"
        // without the proxy.
        E::Http { status, .. } if rpc::is_gateway_status(*status) => ExitCode::NoAnswer,
        E::Http {
            status: 429,
            method,
            ..
        } if method == methods::LOGIN => ExitCode::Auth,
        E::Fault(Fault::LoginNeeded { .. }) => ExitCode::Auth,
        _ => ExitCode::ServerError,
    }
}

/// A command's outcome as the process's exit code, printing the error (if any) on one line.
pub fn report(result: anyhow::Result<ExitCode>, verbose: bool) -> std::process::ExitCode {
    match result {
        Ok(code) => code.into(),
        Err(err) => {
            eprintln!("tryton-cli: {}", rpc::one_line(&format!("{err:#}")));
            if verbose && let Some(details) = details_of(&err) {
                eprintln!("{details}");
            }
            exit_code_of(&err).into()
        }
    }
}

/// The server's traceback behind an error, if it kept one.
fn details_of(err: &anyhow::Error) -> Option<&str> {
    err.chain().find_map(|cause| {
        if let Some(failure) = cause.downcast_ref::<Failure>() {
            return failure.details.as_deref();
        }
        cause
            .downcast_ref::<rpc::Error>()
            .and_then(rpc::Error::details)
    })
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
    eprintln!(
        "tryton-cli: {}",
        usage_error_line(&err.render().to_string())
    );
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

    fn http(status: u16, method: &str) -> rpc::Error {
        rpc::Error::Http {
            url: "u".into(),
            method: method.into(),
            status,
            message: String::new(),
            retry_after: None,
        }
    }

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

    #[test]
    fn status_errors_have_exit_codes() {
        assert_eq!(rpc_exit_code(&http(401, "model.x.read")), ExitCode::Auth);
        assert_eq!(rpc_exit_code(&http(429, methods::LOGIN)), ExitCode::Auth);
        assert_eq!(
            rpc_exit_code(&http(429, "model.x.read")),
            ExitCode::ServerError
        );
        assert_eq!(
            rpc_exit_code(&http(500, "model.x.read")),
            ExitCode::ServerError
        );
    }

    #[test]
    fn a_gateway_answer_is_no_answer_from_the_application() {
        for status in [502, 503, 504] {
            assert_eq!(
                rpc_exit_code(&http(status, "model.x.read")),
                ExitCode::NoAnswer,
                "{status}"
            );
            let write = rpc::Error::NotResent {
                method: "model.x.create".into(),
                cause: Box::new(http(status, "model.x.create")),
            };
            assert_eq!(rpc_exit_code(&write), ExitCode::NoAnswer, "{status}");
        }
    }

    #[test]
    fn a_write_not_sent_again_keeps_the_code_of_its_cause() {
        let err = rpc::Error::NotResent {
            method: "model.party.party.create".into(),
            cause: Box::new(rpc::Error::Tls {
                url: "https://x/db/rpc/".into(),
                reason: "bad record mac".into(),
            }),
        };
        assert_eq!(rpc_exit_code(&err), ExitCode::NoAnswer);
    }

    #[test]
    fn the_first_cause_that_knows_a_code_decides() {
        let err = anyhow::Error::new(http(401, "model.x.read")).context("reading");
        assert_eq!(exit_code_of(&err), ExitCode::Auth);
        let err = anyhow::Error::new(Failure::usage("bad")).context("parsing");
        assert_eq!(exit_code_of(&err), ExitCode::Usage);
        assert_eq!(
            exit_code_of(&anyhow::anyhow!("other")),
            ExitCode::ServerError
        );
        let config = rpc::Error::CaCert {
            path: "ca.pem".into(),
            why: "holds no PEM certificate".into(),
        };
        assert_eq!(rpc_exit_code(&config), ExitCode::Usage);
    }
}
