//! The JSON-RPC core every command rides on: one HTTP agent per invocation, the Tryton envelope,
//! URL layout detection (8.x `/rpc/` or 7.x `/`), error decoding, retries and `-v` traces.

pub mod codec;
mod endpoint;
mod error;
pub mod retry;

use std::cell::{Cell, RefCell};
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};

pub use endpoint::{Layout, ServerUrl, Target, redact_userinfo};
pub use error::{Delivery, Error, Fault, one_line};
pub use retry::RetryPolicy;

use crate::secret::SecretString;

/// Large enough for any sane batch of records; small enough that a URL pointing at a big file
/// cannot eat the machine's memory.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 256 * 1024 * 1024;
const USER_AGENT: &str = concat!("tryton-cli/", env!("CARGO_PKG_VERSION"));

#[derive(Clone, Debug)]
pub struct ClientOptions {
    pub timeout: Duration,
    pub retry: RetryPolicy,
    pub insecure: bool,
    pub cacert: Option<PathBuf>,
    pub verbosity: u8,
    pub max_response_bytes: u64,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout: Duration::from_secs(10),
            retry: RetryPolicy::NONE,
            insecure: false,
            cacert: None,
            verbosity: 0,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

/// One answer, with the round trip of the request that produced it.
#[derive(Debug)]
pub struct Reply {
    pub value: Value,
    pub latency: Duration,
}

pub struct Client {
    url: ServerUrl,
    agent: Agent,
    options: ClientOptions,
    layout: Cell<Option<Layout>>,
    next_id: Cell<u64>,
    authorization: RefCell<Option<SecretString>>,
    deadline: Cell<Option<Instant>>,
}

impl Client {
    pub fn new(url: ServerUrl, options: ClientOptions) -> anyhow::Result<Client> {
        let tls = tls_config(&options)?;
        if options.insecure && url.is_https() {
            eprintln!(
                "tryton-cli: warning: --insecure: the server's TLS certificate is not verified"
            );
        }
        let agent = Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .timeout_connect(Some(options.timeout))
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(USER_AGENT)
            .tls_config(tls)
            .build()
            .new_agent();
        Ok(Client {
            url,
            agent,
            options,
            layout: Cell::new(None),
            next_id: Cell::new(1),
            authorization: RefCell::new(None),
            deadline: Cell::new(None),
        })
    }

    pub fn url(&self) -> &ServerUrl {
        &self.url
    }

    /// The URL layout detected so far (or set from a stored session).
    pub fn layout(&self) -> Option<Layout> {
        self.layout.get()
    }

    pub fn set_layout(&self, layout: Layout) {
        self.layout.set(Some(layout));
    }

    /// The `Authorization` header value sent with every request from now on.
    pub fn set_authorization(&self, value: Option<SecretString>) {
        *self.authorization.borrow_mut() = value;
    }

    /// No request may run past this instant (for `ping --wait`); each timeout is cut to fit.
    pub fn set_deadline(&self, deadline: Option<Instant>) {
        self.deadline.set(deadline);
    }

    /// Call a method, re-sending it as the retry policy allows.
    pub fn call(&self, target: Target<'_>, method: &str, params: &Value) -> Result<Reply, Error> {
        let policy = self.options.retry;
        let retries = policy.retries_for(method);
        let mut attempt = 0;
        loop {
            match self.exchange(target, method, params) {
                Ok(reply) => return Ok(reply),
                Err(err) => {
                    if attempt >= retries {
                        return Err(err);
                    }
                    if !policy.may_resend(method, err.delivery()) {
                        // Say why a failure that is usually retried was not, for a write.
                        if err.delivery() == Delivery::Unknown {
                            return Err(Error::NotResent {
                                method: method.to_string(),
                                cause: Box::new(err),
                            });
                        }
                        return Err(err);
                    }
                    // trytond's login throttle (429, no Retry-After) lasts minutes: another
                    // attempt only counts against it.
                    if err.status() == Some(429)
                        && err.retry_after().is_none()
                        && method == "common.db.login"
                    {
                        return Err(err);
                    }
                    let wait = match err.retry_after() {
                        Some(wait) if wait > retry::MAX_RETRY_AFTER => return Err(err),
                        Some(wait) => wait,
                        None => retry::backoff(attempt),
                    };
                    attempt += 1;
                    self.trace(1, || {
                        format!(
                            "retry {attempt}/{retries} of {method} in {} ms: {err}",
                            wait.as_millis()
                        )
                    });
                    std::thread::sleep(wait);
                }
            }
        }
    }

    /// One logical request; the first one also finds which URL layout the server uses.
    fn exchange(&self, target: Target<'_>, method: &str, params: &Value) -> Result<Reply, Error> {
        if let Some(layout) = self.layout.get() {
            return self.post(layout, target, method, params);
        }
        match self.post(Layout::Rpc, target, method, params) {
            Err(err) if older_layout_may_answer(&err, target) => {
                self.trace(1, || {
                    "no answer at the 8.x path; trying the 7.x layout".into()
                });
                match self.post(Layout::Root, target, method, params) {
                    Err(second) if second.status() == Some(405) => Err(err),
                    Err(second) => {
                        if proves_layout(&second) {
                            self.layout.set(Some(Layout::Root));
                        }
                        Err(second)
                    }
                    Ok(reply) => {
                        self.layout.set(Some(Layout::Root));
                        Ok(reply)
                    }
                }
            }
            Err(err) => {
                if proves_layout(&err) {
                    self.layout.set(Some(Layout::Rpc));
                }
                Err(err)
            }
            Ok(reply) => {
                self.layout.set(Some(Layout::Rpc));
                Ok(reply)
            }
        }
    }

    fn post(
        &self,
        layout: Layout,
        target: Target<'_>,
        method: &str,
        params: &Value,
    ) -> Result<Reply, Error> {
        let url = self.url.endpoint(layout, target);
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let body = serde_json::to_vec(&json!({"id": id, "method": method, "params": params}))
            .expect("a JSON value always serializes");
        self.trace(1, || {
            format!("> POST {url} {method} (id {id}, {} bytes)", body.len())
        });
        self.trace(2, || format!("> {}", redacted_request(method, params)));

        let mut request = self
            .agent
            .post(&url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Accept-Encoding", "gzip");
        if let Some(auth) = self.authorization.borrow().as_ref() {
            request = request.header("Authorization", auth.expose());
        }
        let mut timeout = self.options.timeout;
        if let Some(deadline) = self.deadline.get() {
            let remaining = deadline.saturating_duration_since(Instant::now());
            if remaining < timeout {
                timeout = remaining.max(Duration::from_millis(1));
                request = request
                    .config()
                    .timeout_global(Some(timeout))
                    .timeout_connect(Some(timeout))
                    .build();
            }
        }
        let started = Instant::now();
        let response = request
            .send(&body[..])
            .map_err(|err| self.transport_error(&url, timeout, err))?;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type").unwrap_or_default();
        let retry_after = header("retry-after")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let location = header("location");
        let raw = response
            .into_body()
            .with_config()
            .limit(self.options.max_response_bytes)
            .read_to_vec()
            .map_err(|err| self.transport_error(&url, timeout, err))?;
        let body = self.gunzip(&url, raw)?;
        let latency = started.elapsed();
        self.trace(1, || {
            format!(
                "< {status} {} bytes in {:.1} ms",
                body.len(),
                latency.as_secs_f64() * 1000.0
            )
        });
        self.trace(2, || {
            format!(
                "< {}",
                redacted_response(method, &String::from_utf8_lossy(&body))
            )
        });

        if (300..400).contains(&status) {
            return Err(Error::Redirect {
                url,
                location: location.unwrap_or_else(|| "(no Location header)".into()),
            });
        }
        if status != 200 {
            return Err(Error::Http {
                url,
                method: method.to_string(),
                status,
                message: error_page_message(&content_type, &body),
                retry_after,
            });
        }
        let value = decode_answer(&url, status, &body)?;
        Ok(Reply { value, latency })
    }

    /// trytond labels bodies over 1400 bytes as gzip; trust the magic bytes, not the header.
    fn gunzip(&self, url: &str, raw: Vec<u8>) -> Result<Vec<u8>, Error> {
        if !raw.starts_with(&[0x1f, 0x8b]) {
            return Ok(raw);
        }
        let limit = self.options.max_response_bytes;
        let mut out = Vec::with_capacity(raw.len() * 4);
        flate2::read::GzDecoder::new(&raw[..])
            .take(limit + 1)
            .read_to_end(&mut out)
            .map_err(|err| Error::NotJsonRpc {
                url: url.to_string(),
                status: 200,
                what: format!("a gzip body that does not decode: {err}"),
            })?;
        if out.len() as u64 > limit {
            return Err(Error::TooLarge {
                url: url.to_string(),
                limit,
            });
        }
        Ok(out)
    }

    fn transport_error(&self, url: &str, timeout: Duration, err: ureq::Error) -> Error {
        let url = url.to_string();
        let no_answer = |reason: String, delivery| Error::NoAnswer {
            url: url.clone(),
            reason,
            delivery,
        };
        match err {
            ureq::Error::Timeout(which) => {
                use ureq::Timeout as T;
                let (phase, delivery) = match which {
                    T::Resolve | T::Connect => ("connecting", Delivery::NotSent),
                    T::SendRequest | T::SendBody => ("sending the request", Delivery::Unknown),
                    _ => ("waiting for the answer", Delivery::Unknown),
                };
                Error::Timeout {
                    url,
                    phase,
                    limit: timeout,
                    delivery,
                }
            }
            ureq::Error::HostNotFound => {
                no_answer("the host name does not resolve".into(), Delivery::NotSent)
            }
            ureq::Error::ConnectionFailed => {
                no_answer("the connection failed".into(), Delivery::NotSent)
            }
            ureq::Error::Io(io) => {
                use std::io::ErrorKind as K;
                match io.kind() {
                    K::ConnectionRefused => {
                        no_answer("connection refused".into(), Delivery::NotSent)
                    }
                    K::AddrNotAvailable | K::NetworkUnreachable | K::HostUnreachable => {
                        no_answer(io.to_string(), Delivery::NotSent)
                    }
                    // rustls reports a failed handshake (an untrusted certificate...) as
                    // InvalidData wrapping its own error, which ureq passes on as I/O.
                    K::InvalidData if url.starts_with("https://") && io.get_ref().is_some() => {
                        let reason = io.get_ref().map(ToString::to_string).unwrap_or_default();
                        if is_handshake_failure(&reason) {
                            Error::Tls {
                                url,
                                reason: describe_tls(&reason),
                            }
                        } else {
                            no_answer(format!("TLS: {reason}"), Delivery::Unknown)
                        }
                    }
                    K::TimedOut | K::WouldBlock => Error::Timeout {
                        url,
                        phase: "waiting for the answer",
                        limit: timeout,
                        delivery: Delivery::Unknown,
                    },
                    K::ConnectionReset
                    | K::ConnectionAborted
                    | K::BrokenPipe
                    | K::UnexpectedEof => no_answer(
                        "the connection was closed before the answer was complete".into(),
                        Delivery::Unknown,
                    ),
                    _ => no_answer(io.to_string(), Delivery::Unknown),
                }
            }
            ureq::Error::BodyExceedsLimit(limit) => Error::TooLarge { url, limit },
            ureq::Error::Tls(reason) => Error::Tls {
                url,
                reason: reason.to_string(),
            },
            ureq::Error::Rustls(err) => Error::Tls {
                url,
                reason: describe_tls(&err.to_string()),
            },
            ureq::Error::Protocol(err) => Error::NotJsonRpc {
                url,
                status: 0,
                what: format!("not a valid HTTP answer: {err}"),
            },
            ureq::Error::BadUri(uri) => Error::InvalidUrl {
                url: redact_userinfo(&uri),
                why: "it is not a valid URI".into(),
            },
            other => no_answer(other.to_string(), Delivery::Unknown),
        }
    }

    fn trace(&self, level: u8, line: impl FnOnce() -> String) {
        if self.options.verbosity >= level {
            eprintln!("* {}", line());
        }
    }
}

fn tls_config(options: &ClientOptions) -> anyhow::Result<TlsConfig> {
    let roots = match &options.cacert {
        Some(path) => {
            let pem = std::fs::read(path).map_err(|err| {
                crate::exit::Failure::usage(format!(
                    "cannot read --cacert file {}: {err}",
                    path.display()
                ))
            })?;
            let certs: Vec<_> = ureq::tls::parse_pem(&pem)
                .filter_map(|item| match item {
                    Ok(ureq::tls::PemItem::Certificate(cert)) => Some(cert),
                    _ => None,
                })
                .collect();
            if certs.is_empty() {
                return Err(crate::exit::Failure::usage(format!(
                    "--cacert file {} holds no PEM certificate",
                    path.display()
                ))
                .into());
            }
            RootCerts::new_with_certs(&certs)
        }
        None => RootCerts::PlatformVerifier,
    };
    Ok(TlsConfig::builder()
        .root_certs(roots)
        .disable_verification(options.insecure)
        .build())
}

/// rustls errors that only a handshake produces (before any request byte is sent).
fn is_handshake_failure(reason: &str) -> bool {
    [
        "certificate",
        "alert",
        "handshake",
        "incompatible",
        "InvalidContentType",
    ]
    .iter()
    .any(|word| reason.contains(word))
}

/// rustls's reason, with what to do about it.
fn describe_tls(reason: &str) -> String {
    let hint = if reason.contains("CaUsedAsEndEntity") {
        // What `openssl req -x509` makes by default (CA:TRUE); webpki refuses it as a server's
        // own certificate even when it is trusted.
        "the server presents a CA certificate as its own; give it a certificate with CA:FALSE \
(self-signed is fine) and pass that with --cacert FILE, or use --insecure"
    } else if reason.contains("not valid for name") {
        "connect with a host name the certificate names, or give the server a certificate for this one"
    } else if reason.contains("UnknownIssuer") {
        "it is not signed by a trusted CA; for a private CA pass --cacert FILE (or install it in \
the system trust store, or point SSL_CERT_FILE at it)"
    } else if reason.contains("InvalidContentType") {
        "the server does not speak TLS on this port; is the URL http://?"
    } else if reason.contains("certificate") {
        "for a private CA pass --cacert FILE (or install it in the system trust store)"
    } else {
        return reason.to_string();
    };
    format!("{reason}; {hint}")
}

/// A 3xx/4xx/5xx page's message: the `<p>` text of a Werkzeug page, or a short plain-text body.
fn error_page_message(content_type: &str, body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = if content_type.contains("html") || text.trim_start().starts_with('<') {
        match (text.find("<p>"), text.find("</p>")) {
            (Some(start), Some(end)) if end > start => html_unescape(&text[start + 3..end]),
            _ => String::new(),
        }
    } else {
        text.into_owned()
    };
    let text = one_line(&text);
    if text.chars().count() > 200 {
        format!("{}…", text.chars().take(200).collect::<String>())
    } else {
        text
    }
}

fn html_unescape(text: &str) -> String {
    text.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The result or fault of a 200 answer, enveloped (`{"id","result"|"error"}`) or bare.
fn decode_answer(url: &str, status: u16, body: &[u8]) -> Result<Value, Error> {
    let not_rpc = |what: String| Error::NotJsonRpc {
        url: url.to_string(),
        status,
        what,
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(not_rpc("an empty body".into()));
    }
    let value: Value = serde_json::from_slice(body).map_err(|err| {
        if body.trim_ascii_start().starts_with(b"<") {
            not_rpc("an HTML page".into())
        } else if err.is_eof() {
            not_rpc("a truncated JSON body".into())
        } else {
            not_rpc(format!("a body that is not JSON ({err})"))
        }
    })?;
    match value {
        Value::Object(mut envelope) if envelope.contains_key("id") => {
            if let Some(error) = envelope.get("error").filter(|e| !e.is_null()) {
                return Err(Error::Fault(Fault::decode(error)));
            }
            match envelope.remove("result") {
                Some(result) => Ok(result),
                None => Ok(Value::Object(envelope)),
            }
        }
        bare => Ok(bare),
    }
}

/// Whether a failure at the 8.x path may mean the server uses the 7.x layout: 7.0 has no `/rpc/`
/// route, reads `/rpc/` as a database named "rpc" (401) and answers 405 at `/<db>/rpc/`.
fn older_layout_may_answer(err: &Error, target: Target<'_>) -> bool {
    match err.status() {
        Some(404 | 405) => true,
        Some(401) => matches!(target, Target::Server),
        _ => false,
    }
}

/// An answer that only a Tryton server at this layout gives.
fn proves_layout(err: &Error) -> bool {
    matches!(err, Error::Fault(_))
}

/// The request body for `-vv`, with the login parameters (password, codes) hidden.
fn redacted_request(method: &str, params: &Value) -> String {
    let mut params = params.clone();
    if method == "common.db.login"
        && let Some(Value::Object(factors)) = params.get_mut(1)
    {
        for value in factors.values_mut() {
            *value = Value::String("(redacted)".into());
        }
    }
    json!({"method": method, "params": params}).to_string()
}

/// The response body for `-vv`, with a login's session token hidden.
fn redacted_response(method: &str, body: &str) -> String {
    if method != "common.db.login" {
        return body.to_string();
    }
    match serde_json::from_str::<Value>(body) {
        Ok(mut value) => {
            if let Some(token) = value.pointer_mut("/result/1") {
                *token = Value::String("(redacted)".into());
            }
            value.to_string()
        }
        Err(_) => body.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_enveloped_and_bare_answers() {
        let url = "http://x/rpc/";
        assert_eq!(
            decode_answer(url, 200, br#"{"id":1,"result":"8.2"}"#).unwrap(),
            json!("8.2")
        );
        assert_eq!(decode_answer(url, 200, br#""8.2""#).unwrap(), json!("8.2"));
        assert_eq!(
            decode_answer(url, 200, br#"{"version":"8.2"}"#).unwrap(),
            json!({"version":"8.2"})
        );
        let fault = decode_answer(url, 200, br#"{"id":1,"error":["UserError",["No",""]]}"#);
        assert!(matches!(fault, Err(Error::Fault(Fault::UserError { .. }))));
    }

    #[test]
    fn names_bodies_that_are_not_json_rpc() {
        let url = "http://x/rpc/";
        for (body, what) in [
            (&b""[..], "empty"),
            (b"<!doctype html><p>hi</p>", "HTML"),
            (b"{\"id\":1,\"res", "truncated"),
            (b"hello", "not JSON"),
        ] {
            let err = decode_answer(url, 200, body).unwrap_err().to_string();
            assert!(err.contains(what), "{err}");
        }
    }

    #[test]
    fn extracts_the_message_of_werkzeug_error_pages() {
        let page = b"<!doctype html>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>user argument must be a string</p>\n";
        assert_eq!(
            error_page_message("text/html; charset=utf-8", page),
            "user argument must be a string"
        );
        assert_eq!(
            error_page_message("text/plain", b"Missing context argument\n"),
            "Missing context argument"
        );
    }

    #[test]
    fn tls_failures_say_what_to_do() {
        let unknown = describe_tls("invalid peer certificate: UnknownIssuer");
        assert!(unknown.contains("--cacert"), "{unknown}");
        let ca = describe_tls("invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))");
        assert!(ca.contains("CA:FALSE") && ca.contains("--insecure"), "{ca}");
        let name = describe_tls(
            "invalid peer certificate: certificate not valid for name \"localhost\"; certificate is only valid for IpAddress(127.0.0.1)",
        );
        assert!(name.contains("host name"), "{name}");
        assert_eq!(
            describe_tls("received fatal alert: HandshakeFailure"),
            "received fatal alert: HandshakeFailure"
        );
        assert!(is_handshake_failure(
            "received fatal alert: HandshakeFailure"
        ));
        assert!(!is_handshake_failure("decryption failed or bad record mac"));
        let plain = "received corrupt message of type InvalidContentType";
        assert!(is_handshake_failure(plain));
        assert!(describe_tls(plain).contains("http://"));
    }

    #[test]
    fn traces_hide_passwords_and_session_tokens() {
        let request = redacted_request(
            "common.db.login",
            &json!(["admin", {"password": "hunter2", "sms_code": "123"}, "en"]),
        );
        assert!(
            !request.contains("hunter2") && !request.contains("123"),
            "{request}"
        );
        let response =
            redacted_response("common.db.login", r#"{"id":1,"result":[1,"abcdef",null]}"#);
        assert!(!response.contains("abcdef"), "{response}");
    }
}
