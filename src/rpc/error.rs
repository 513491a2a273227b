//! Every way a JSON-RPC exchange can fail, decoded into one type, and which kind of failure each
//! is ([`Class`]); the exit code a class gets is decided above, in `exit.rs`, not here.

use std::time::Duration;

use std::path::PathBuf;

use serde_json::Value;

use super::methods::LOGIN;

/// Whether a failed request may have reached the server: decides what may be re-sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// The request provably never left (connection refused, DNS failure, connect timeout).
    NotSent,
    /// The server may have received and even executed it (reset, timeout after sending, 5xx).
    Unknown,
    /// The server answered and refused it without executing it (429).
    Refused,
    /// The server answered; sending it again would get the same answer.
    Answered,
}

/// What kind of failure an [`Error`] is, in the terms the exit codes are defined by (the mapping
/// itself is `exit.rs`'s).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Nothing could be tried: the URL or the CA file given is unusable.
    Setup,
    /// No answer from the application (refused, DNS, timeout, TLS).
    NoAnswer,
    /// Authentication needed or refused.
    Auth,
    /// The server answered with an error (or is not a usable Tryton server).
    Server,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid server URL '{url}': {why}")]
    InvalidUrl { url: String, why: String },

    #[error("--cacert file {} {why}", .path.display())]
    CaCert { path: PathBuf, why: String },

    #[error("no answer from {url}: {reason}")]
    NoAnswer {
        url: String,
        reason: String,
        delivery: Delivery,
    },

    #[error("no answer from {url} within {} ({phase})", humantime::format_duration(*.limit))]
    Timeout {
        url: String,
        phase: &'static str,
        limit: Duration,
        delivery: Delivery,
    },

    #[error("TLS failure with {url}: {reason}")]
    Tls { url: String, reason: String },

    #[error("{url} answered HTTP {status}: {}", describe_status(*.status, .method, .message, *.retry_after))]
    Http {
        url: String,
        method: String,
        status: u16,
        message: String,
        retry_after: Option<Duration>,
    },

    #[error("{url} redirects to {location}: use that URL instead")]
    Redirect { url: String, location: String },

    #[error(
        "{url} did not answer with Tryton JSON-RPC (HTTP {status}, {what}); is this the Tryton server URL?"
    )]
    NotJsonRpc {
        url: String,
        status: u16,
        what: String,
    },

    #[error("the response from {url} is larger than {} (--max-response-size); is this the Tryton server URL?", format_size(*.limit))]
    TooLarge { url: String, limit: u64 },

    #[error("{0}")]
    Fault(Fault),

    /// A failure after which a method that is not safe to repeat was not sent again, because the
    /// server may have received (and run) it. (`call`, which has `--retry-writes`, names it.)
    #[error("{cause}; the server may have applied {method}: not sent again")]
    NotResent { method: String, cause: Box<Error> },
}

impl Error {
    pub fn delivery(&self) -> Delivery {
        match self {
            Error::NotResent { cause, .. } => cause.delivery(),
            Error::NoAnswer { delivery, .. } | Error::Timeout { delivery, .. } => *delivery,
            // A handshake failure (untrusted certificate, no common protocol) is a matter of
            // configuration: trying again gets the same answer.
            Error::Tls { .. } => Delivery::Answered,
            // 503 says the request was not processed (a proxy's rate limit, a maintenance page,
            // no upstream to send it to).
            Error::Http {
                status: 429 | 503, ..
            } => Delivery::Refused,
            Error::Http { status, .. } if *status >= 500 => Delivery::Unknown,
            _ => Delivery::Answered,
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::NotResent { cause, .. } => cause.retry_after(),
            Error::Http { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            Error::NotResent { cause, .. } => cause.status(),
            Error::Http { status, .. } | Error::NotJsonRpc { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Which kind of failure this is.
    pub fn class(&self) -> Class {
        match self {
            Error::NotResent { cause, .. } => cause.class(),
            Error::InvalidUrl { .. } | Error::CaCert { .. } => Class::Setup,
            Error::NoAnswer { .. } | Error::Timeout { .. } | Error::Tls { .. } => Class::NoAnswer,
            Error::Http { status: 401, .. } => Class::Auth,
            // A proxy speaking for an application that did not answer: as "connection refused"
            // without the proxy.
            Error::Http { status, .. } if is_gateway_status(*status) => Class::NoAnswer,
            // The login throttle: the server refuses further attempts for a while.
            Error::Http {
                status: 429,
                method,
                ..
            } if method == LOGIN => Class::Auth,
            Error::Fault(Fault::LoginNeeded { .. }) => Class::Auth,
            _ => Class::Server,
        }
    }

    /// A gateway's answer (502, 503, 504): a proxy speaking for an application that did not
    /// answer it — "no answer from the application", not an answer.
    pub fn is_gateway(&self) -> bool {
        self.status().is_some_and(is_gateway_status)
    }

    /// Extra lines worth showing with `-v` (a server traceback), if any.
    pub fn details(&self) -> Option<&str> {
        match self {
            Error::NotResent { cause, .. } => cause.details(),
            Error::Fault(Fault::Server { traceback, .. }) if !traceback.trim().is_empty() => {
                Some(traceback)
            }
            _ => None,
        }
    }
}

/// The statuses a reverse proxy answers with when the application behind it did not answer:
/// 502 (no worker listening, or the connection dropped), 503 (not taking requests), 504 (no
/// answer within the proxy's read timeout). trytond itself answers 504 when its own request
/// timeout ends a transaction (rolled back). Whatever the body says, JSON or an HTML page.
pub fn is_gateway_status(status: u16) -> bool {
    matches!(status, 502..=504)
}

/// A byte count as the user would write it: `1 KiB`, `256 MiB`, `1500 bytes`.
/// A size as messages give it: whole KiB/MiB/GiB when exact, else MiB to a tenth from 1 MiB, else
/// bytes.
pub fn format_size(bytes: u64) -> String {
    for (unit, size) in [("GiB", 1u64 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{} {unit}", bytes / size);
        }
    }
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / (1u64 << 20) as f64)
    } else {
        format!("{bytes} bytes")
    }
}

fn describe_status(
    status: u16,
    method: &str,
    message: &str,
    retry_after: Option<Duration>,
) -> String {
    let login = method == LOGIN;
    let mut text = match status {
        401 if login => "wrong user name or password".to_string(),
        401 => "the session was refused (expired, revoked or issued to another address); run 'tryton-cli login'".to_string(),
        403 if login => "login refused".to_string(),
        403 => format!("access denied, or '{method}' is not a method the server exposes"),
        404 => "not found; check the database name and the server URL".to_string(),
        405 => "method not allowed; the URL does not serve Tryton JSON-RPC".to_string(),
        429 if login => "too many failed logins for this user; the server refuses logins for a while (its [session] timeout, 5 minutes by default)".to_string(),
        429 => "too many requests".to_string(),
        502 => "bad gateway: no answer from the application behind the proxy (down or restarting)".to_string(),
        503 => "service unavailable: the application is not taking requests (down, restarting, overloaded, or its database busy)".to_string(),
        504 => "gateway timeout: the application did not answer in time (it may still be working on the request)".to_string(),
        500..=599 => format!("server error ({})", reason_phrase(status)),
        _ => reason_phrase(status).to_string(),
    };
    if !message.is_empty() && !matches!(status, 401 | 404 | 405 | 429) {
        text.push_str(": ");
        text.push_str(message);
    }
    if let Some(wait) = retry_after {
        text.push_str(&format!("; retry after {} s", wait.as_secs()));
    }
    text
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => "bad request",
        409 => "conflict",
        413 => "request too large",
        422 => "unprocessable request",
        423 => "locked",
        500 => "internal server error",
        502 => "bad gateway",
        503 => "service unavailable",
        504 => "gateway timeout",
        _ => "unexpected status",
    }
}

/// An error the server reported inside a JSON-RPC answer (`{"error": [...]}`).
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    UserError {
        message: String,
        description: String,
    },
    UserWarning {
        name: String,
        message: String,
        description: String,
    },
    /// The login needs another parameter (a password, an SMS code...).
    LoginNeeded {
        field: String,
        message: String,
        kind: String,
    },
    Concurrency {
        message: String,
    },
    /// Any other exception: its text and the traceback (empty unless the server runs in dev mode).
    Server {
        message: String,
        traceback: String,
    },
}

impl Fault {
    pub fn decode(error: &Value) -> Fault {
        let items = error.as_array().map(Vec::as_slice).unwrap_or_default();
        let text = |v: Option<&Value>| match v {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        let name = items.first().and_then(Value::as_str).unwrap_or_default();
        let args = items
            .get(1)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        match name {
            "UserError" => Fault::UserError {
                message: text(args.first()),
                description: text(args.get(1)),
            },
            "UserWarning" => Fault::UserWarning {
                name: text(args.first()),
                message: text(args.get(1)),
                description: text(args.get(2)),
            },
            "LoginException" => Fault::LoginNeeded {
                field: text(args.first()),
                message: text(args.get(1)),
                kind: text(args.get(2)),
            },
            "ConcurrencyException" => Fault::Concurrency {
                message: text(items.get(1)),
            },
            _ if items.is_empty() => Fault::Server {
                message: match error {
                    Value::String(s) => s.clone(),
                    Value::Array(_) => "the server reported an error without details".to_string(),
                    other => other.to_string(),
                },
                traceback: String::new(),
            },
            _ => Fault::Server {
                message: text(items.first()),
                traceback: text(items.get(1)),
            },
        }
    }
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let with_description =
            |f: &mut std::fmt::Formatter<'_>, message: &str, description: &str| {
                f.write_str(&one_line(message))?;
                if !description.trim().is_empty() {
                    write!(f, " — {}", one_line(description))?;
                }
                Ok(())
            };
        match self {
            Fault::UserError {
                message,
                description,
            } => with_description(f, message, description),
            Fault::UserWarning {
                name,
                message,
                description,
            } => {
                f.write_str("warning: ")?;
                with_description(f, message, description)?;
                write!(f, " (warning '{name}' needs confirmation)")
            }
            Fault::LoginNeeded { field, message, .. } => {
                write!(f, "the login needs another factor: {message} ('{field}')")
            }
            Fault::Concurrency { message } => write!(
                f,
                "the record was modified meanwhile: {}",
                one_line(message)
            ),
            Fault::Server { message, .. } => {
                let message = one_line(message);
                // A KeyError on the server shows as the quoted key: usually a name it does not know.
                if message.len() > 2
                    && message.starts_with('\'')
                    && message.ends_with('\'')
                    && !message[1..message.len() - 1].contains('\'')
                {
                    write!(
                        f,
                        "server error: unknown name {message} (no such model, field or method?)"
                    )
                } else {
                    write!(f, "server error: {message}")
                }
            }
        }
    }
}

/// Fold a multi-line text into one line for error messages.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_user_error_as_the_client_shows_it() {
        let fault = Fault::decode(&json!([
            "UserError",
            ["The code on party must be unique.", "", null]
        ]));
        assert_eq!(fault.to_string(), "The code on party must be unique.");
        let fault = Fault::decode(&json!(["UserError", ["Bad", "because\nreasons", null]]));
        assert_eq!(fault.to_string(), "Bad — because reasons");
    }

    #[test]
    fn decodes_login_exception_and_concurrency() {
        let fault = Fault::decode(&json!([
            "LoginException",
            ["sms_code", "SMS Code for admin", "char"]
        ]));
        assert_eq!(
            fault,
            Fault::LoginNeeded {
                field: "sms_code".into(),
                message: "SMS Code for admin".into(),
                kind: "char".into()
            }
        );
        let fault = Fault::decode(&json!(["ConcurrencyException", "Records were modified"]));
        assert!(fault.to_string().contains("Records were modified"));
    }

    #[test]
    fn decodes_server_faults_and_names_unknown_keys() {
        let fault = Fault::decode(&json!(["'no.such.model'", ""]));
        assert_eq!(
            fault.to_string(),
            "server error: unknown name 'no.such.model' (no such model, field or method?)"
        );
        let fault = Fault::decode(&json!(["maximum recursion depth exceeded", "Traceback..."]));
        assert_eq!(
            fault.to_string(),
            "server error: maximum recursion depth exceeded"
        );
        assert_eq!(Error::Fault(fault).details(), Some("Traceback..."));
        let fault = Fault::decode(&json!([]));
        assert!(fault.to_string().contains("without details"));
    }

    #[test]
    fn status_errors_say_whether_they_were_delivered() {
        let http = |status: u16, method: &str| Error::Http {
            url: "u".into(),
            method: method.into(),
            status,
            message: String::new(),
            retry_after: None,
        };
        assert_eq!(http(502, "model.x.read").delivery(), Delivery::Unknown);
        assert_eq!(http(429, "model.x.read").delivery(), Delivery::Refused);
        assert_eq!(http(404, "model.x.read").delivery(), Delivery::Answered);
        assert_eq!(http(504, "model.x.read").delivery(), Delivery::Unknown);
        assert_eq!(http(503, "model.x.create").delivery(), Delivery::Refused);
    }

    #[test]
    fn gateway_answers_say_the_application_did_not_answer() {
        let http = |status: u16, message: &str| Error::Http {
            url: "https://p/erp/db/rpc/".into(),
            method: "model.x.read".into(),
            status,
            message: message.into(),
            retry_after: Some(Duration::from_secs(3)),
        };
        for status in [502, 503, 504] {
            assert!(http(status, "").is_gateway(), "{status}");
        }
        assert!(!http(500, "").is_gateway());
        assert!(!http(413, "").is_gateway());
        let text = http(502, "").to_string();
        assert!(
            text.contains("HTTP 502") && text.contains("no answer from the application"),
            "{text}"
        );
        let text = http(503, "upstream down").to_string();
        assert!(
            text.contains("not taking requests")
                && text.ends_with(": upstream down; retry after 3 s"),
            "{text}"
        );
    }

    #[test]
    fn a_write_not_sent_again_says_why() {
        let cause = Error::NoAnswer {
            url: "http://x/db/rpc/".into(),
            reason: "the connection was closed before the answer was complete".into(),
            delivery: Delivery::Unknown,
        };
        let err = Error::NotResent {
            method: "model.party.party.create".into(),
            cause: Box::new(cause),
        };
        assert_eq!(err.delivery(), Delivery::Unknown);
        let text = err.to_string();
        assert!(
            text.contains("closed before")
                && text.contains("may have applied model.party.party.create")
                && text.contains("not sent again"),
            "{text}"
        );
        // Only `call` has the flag; it adds the hint itself.
        assert!(!text.contains("--retry-writes"), "{text}");
    }

    #[test]
    fn sizes_read_as_written() {
        assert_eq!(format_size(1024), "1 KiB");
        assert_eq!(format_size(256 << 20), "256 MiB");
        assert_eq!(format_size(1500), "1500 bytes");
        assert_eq!(format_size(3 << 29), "1536 MiB");
        assert_eq!(format_size((1 << 20) + 1), "1.0 MiB");
    }
}
