//! The one exit-code table shared by every command (see README "Exit codes"), the error type
//! that carries a code, and which code any other error gets ([`exit_code_of`]): the commands and
//! `session/` classify errors here; the edge beside `main.rs` prints them.

use std::fmt;

use crate::rpc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    /// The command did what was asked.
    Success = 0,
    /// The server answered, but with an error (or it is not a usable Tryton server).
    ServerError = 1,
    /// No answer: connection refused, DNS failure, timeout, TLS failure.
    NoAnswer = 2,
    /// The command could not even try: bad flag or argument, no URL, unreadable config.
    Usage = 3,
    /// Authentication needed or refused.
    Auth = 4,
    /// Changes pending: `plan --detailed-exitcode`, `diff` (Terraform's "changes present").
    ChangesPending = 5,
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

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

/// The server's traceback behind an error, if a cause kept one (shown with `-v`).
pub fn details_of(err: &anyhow::Error) -> Option<&str> {
    err.chain().find_map(|cause| {
        if let Some(failure) = cause.downcast_ref::<Failure>() {
            return failure.details.as_deref();
        }
        cause
            .downcast_ref::<rpc::Error>()
            .and_then(rpc::Error::details)
    })
}

/// The exit code of a JSON-RPC failure.
pub fn rpc_exit_code(err: &rpc::Error) -> ExitCode {
    match err.class() {
        rpc::Class::Setup => ExitCode::Usage,
        rpc::Class::NoAnswer => ExitCode::NoAnswer,
        rpc::Class::Auth => ExitCode::Auth,
        rpc::Class::Server => ExitCode::ServerError,
    }
}

/// An error that knows its exit code; the message is one line meant for the user.
#[derive(Clone, Debug)]
pub struct Failure {
    pub code: ExitCode,
    pub message: String,
    /// More for `-v`: the server's traceback behind a failure retold in the command's words.
    pub details: Option<String>,
}

impl Failure {
    pub fn new(code: ExitCode, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
            details: None,
        }
    }

    /// `err` retold in one line of the command's own words: its exit code, and for `-v` the
    /// server's traceback behind it.
    pub fn retelling(err: &anyhow::Error, message: impl Into<String>) -> Self {
        Self::new(exit_code_of(err), message).with_details(details_of(err).map(str::to_string))
    }

    pub fn with_details(mut self, details: Option<String>) -> Self {
        self.details = details;
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Usage, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ExitCode::Auth, message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rpc::methods;

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

    #[test]
    fn an_error_retold_keeps_its_code_and_the_servers_traceback() {
        let fault = rpc::Fault::decode(&serde_json::json!(["boom", "Traceback..."]));
        let err = anyhow::Error::new(rpc::Error::Fault(fault)).context("while pressing");
        let retold = Failure::retelling(&err, "the wizard stopped");
        assert_eq!(retold.code, ExitCode::ServerError);
        assert_eq!(retold.details.as_deref(), Some("Traceback..."));
        let again = anyhow::Error::new(retold);
        assert_eq!(details_of(&again), Some("Traceback..."));
        let usage = anyhow::Error::new(Failure::usage("bad flag"));
        assert_eq!(Failure::retelling(&usage, "x").code, ExitCode::Usage);
        assert_eq!(details_of(&usage), None);
    }
}
