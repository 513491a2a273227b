//! The one exit-code table shared by every command (see README "Exit codes"), and the error
//! type that carries a code. Which code any other error gets is `error_reporting`'s decision.

use std::fmt;

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
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

/// An error that knows its exit code; the message is one line meant for the user.
#[derive(Debug)]
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
