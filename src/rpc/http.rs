//! One HTTP POST of a JSON-RPC body: TLS set-up, the timeouts of a read and of a write (cut to a
//! deadline), the size cap, gzip, and every transport failure decoded into an [`Error`] that says
//! whether the request may have reached the server.

use std::cell::Cell;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;
use ureq::Agent;
use ureq::tls::{RootCerts, TlsConfig};

use super::endpoint::redact_userinfo;
use super::envelope::{decode_answer, error_page_message};
use super::error::{Delivery, Error};
use super::trace::{Tracer, redacted_response};
use crate::secret::SecretString;

const USER_AGENT: &str = concat!("tryton-cli/", env!("CARGO_PKG_VERSION"));

/// Request bodies from this size on are sent gzipped when they carry a session: trytond 8.2 and
/// 7.0 decompress them for authenticated requests (`protocols/wrappers.py`, `decoded_data`) and
/// answer 415 to anonymous ones. A proxy's body limit (`client_max_body_size`) counts the
/// compressed bytes: a 700 KB import goes as ~33 KB. Below this, the gain is not worth the work.
pub const GZIP_REQUEST_THRESHOLD: usize = 32 * 1024;

/// The HTTP agent of one invocation (one connection pool).
pub struct Transport {
    agent: Agent,
    /// `--timeout`: connecting, and the whole of a read; none when zero.
    timeout: Option<Duration>,
    /// `--write-timeout`: the whole of a write; none when zero (the default).
    write_timeout: Option<Duration>,
    max_response_bytes: u64,
    tracer: Tracer,
    /// The server answered 415 to a gzipped body: bodies go uncompressed from then on.
    gzip_refused: Cell<bool>,
}

/// What one POST sends.
pub struct Post<'a> {
    pub url: &'a str,
    pub method: &'a str,
    pub body: &'a [u8],
    pub authorization: Option<&'a SecretString>,
    /// No request may run past this instant; the timeout is cut to fit.
    pub deadline: Option<Instant>,
    /// The method may change data (not safe to repeat): once sent, it is waited for as long as
    /// the server works on it, unless `--write-timeout` bounds it.
    pub write: bool,
}

/// The timeouts of one request (`None`: no limit), and which one a [`ureq::Timeout`] was.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Limits {
    connect: Option<Duration>,
    /// The whole exchange.
    total: Option<Duration>,
    /// Sending the request and reading the body of the answer, for a write: the server is not
    /// working on the request then, so `--timeout` bounds a stall.
    transfer: Option<Duration>,
    /// `total` is `--write-timeout`, to name in a message.
    total_is_write_timeout: bool,
}

impl Limits {
    fn of(
        timeout: Option<Duration>,
        write_timeout: Option<Duration>,
        write: bool,
        deadline: Option<Instant>,
    ) -> Limits {
        let mut limits = if write {
            Limits {
                connect: timeout,
                total: write_timeout,
                transfer: timeout,
                total_is_write_timeout: write_timeout.is_some(),
            }
        } else {
            Limits {
                connect: timeout,
                total: timeout,
                transfer: None,
                total_is_write_timeout: false,
            }
        };
        if let Some(deadline) = deadline {
            let remaining = deadline
                .saturating_duration_since(Instant::now())
                .max(Duration::from_millis(1));
            let cut = |limit: Option<Duration>| Some(limit.map_or(remaining, |l| l.min(remaining)));
            limits.connect = cut(limits.connect);
            let total = cut(limits.total);
            limits.total_is_write_timeout &= total == limits.total;
            limits.total = total;
        }
        limits
    }

    /// The limit that a timeout of this kind ran into.
    fn of_timeout(&self, which: ureq::Timeout) -> Duration {
        use ureq::Timeout as T;
        match which {
            T::Resolve | T::Connect => self.connect,
            T::SendRequest | T::SendBody | T::PerWrite | T::RecvBody => {
                self.transfer.or(self.total)
            }
            _ => self.total,
        }
        .unwrap_or_default()
    }
}

impl Transport {
    /// A zero `timeout` or `write_timeout` is no limit.
    pub fn new(
        timeout: Duration,
        write_timeout: Duration,
        max_response_bytes: u64,
        tls: TlsConfig,
        tracer: Tracer,
    ) -> Transport {
        let limit = |d: Duration| (!d.is_zero()).then_some(d);
        // Each request sets its own timeouts (`Limits`).
        let agent = Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(USER_AGENT)
            .tls_config(tls)
            .build()
            .new_agent();
        Transport {
            agent,
            timeout: limit(timeout),
            write_timeout: limit(write_timeout),
            max_response_bytes,
            tracer,
            gzip_refused: Cell::new(false),
        }
    }

    /// Sends the body (gzipped when it is large and carries a session, unless the server
    /// refused that once: then again as it is, which is safe: a 415 is answered before anything
    /// runs) and decodes a 200 answer.
    pub fn post(&self, post: Post<'_>) -> Result<(Value, Duration), Error> {
        let compress = post.authorization.is_some()
            && post.body.len() >= GZIP_REQUEST_THRESHOLD
            && !self.gzip_refused.get();
        if !compress {
            return self.send(&post, None);
        }
        let mut encoder = flate2::write::GzEncoder::new(
            Vec::with_capacity(post.body.len() / 8),
            flate2::Compression::fast(),
        );
        let gzipped = encoder
            .write_all(post.body)
            .and_then(|()| encoder.finish())
            .ok();
        let Some(gzipped) = gzipped else {
            return self.send(&post, None);
        };
        self.tracer.line(1, || {
            format!(
                "> gzip: {} bytes sent as {}",
                post.body.len(),
                gzipped.len()
            )
        });
        match self.send(&post, Some(&gzipped)) {
            Err(err) if err.status() == Some(415) => {
                self.gzip_refused.set(true);
                self.tracer.line(1, || {
                    "the server refuses gzipped request bodies (HTTP 415): sending it uncompressed"
                        .into()
                });
                self.send(&post, None)
            }
            other => other,
        }
    }

    /// Sends the body (or its `gzipped` form) and decodes a 200 answer; any other status is an
    /// [`Error::Http`] or [`Error::Redirect`]. Returns the value and the round trip.
    fn send(&self, post: &Post<'_>, gzipped: Option<&[u8]>) -> Result<(Value, Duration), Error> {
        let &Post {
            url,
            method,
            body,
            authorization,
            deadline,
            write,
        } = post;
        let mut request = self
            .agent
            .post(url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Accept-Encoding", "gzip");
        if let Some(auth) = authorization {
            request = request.header("Authorization", auth.expose());
        }
        if gzipped.is_some() {
            request = request.header("Content-Encoding", "gzip");
        }
        let body = gzipped.unwrap_or(body);
        let limits = Limits::of(self.timeout, self.write_timeout, write, deadline);
        let request = request
            .config()
            .timeout_global(limits.total)
            .timeout_resolve(limits.connect)
            .timeout_connect(limits.connect)
            .timeout_send_request(limits.transfer)
            // A stall, not the whole body: a large batch may take long to upload on a slow link,
            // and a server that reads it is not stuck.
            .timeout_per_write(limits.transfer)
            .timeout_recv_body(limits.transfer)
            .build();
        let started = Instant::now();
        let response = request
            .send(body)
            .map_err(|err| transport_error(url, &limits, err))?;
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
        // Sized from Content-Length (within the cap) rather than grown by doubling: a 21 MB
        // answer takes 21 MB here, not a 32 MB buffer and the 16 MB one copied into it.
        let length = header("content-length")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0)
            .min(self.max_response_bytes);
        let mut raw = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
        response
            .into_body()
            .with_config()
            .limit(self.max_response_bytes)
            .reader()
            .read_to_end(&mut raw)
            .map_err(|err| transport_error(url, &limits, ureq::Error::from(err)))?;
        let body = self.gunzip(url, raw)?;
        let latency = started.elapsed();
        self.tracer.line(1, || {
            format!(
                "< {status} {} bytes in {:.1} ms",
                body.len(),
                latency.as_secs_f64() * 1000.0
            )
        });
        self.tracer.line(2, || {
            format!(
                "< {}",
                redacted_response(method, &String::from_utf8_lossy(&body))
            )
        });

        if (300..400).contains(&status) {
            return Err(Error::Redirect {
                url: url.to_string(),
                location: location.unwrap_or_else(|| "(no Location header)".into()),
            });
        }
        // nginx (and others) answer a plain-HTTP request on a TLS port with a 400 page that says
        // so.
        if status == 400
            && url.starts_with("http://")
            && String::from_utf8_lossy(&body).contains("plain HTTP request was sent to HTTPS port")
        {
            return Err(Error::NotJsonRpc {
                url: url.to_string(),
                status,
                what: "plain HTTP sent to a port that speaks HTTPS: use an https:// URL".into(),
            });
        }
        if status != 200 {
            return Err(Error::Http {
                url: url.to_string(),
                method: method.to_string(),
                status,
                message: error_page_message(&content_type, &body),
                retry_after,
            });
        }
        Ok((decode_answer(url, status, &body)?, latency))
    }

    /// trytond labels bodies over 1400 bytes as gzip; trust the magic bytes, not the header.
    fn gunzip(&self, url: &str, raw: Vec<u8>) -> Result<Vec<u8>, Error> {
        if !raw.starts_with(&[0x1f, 0x8b]) {
            return Ok(raw);
        }
        let limit = self.max_response_bytes;
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
}

fn transport_error(url: &str, limits: &Limits, err: ureq::Error) -> Error {
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
                T::SendRequest | T::SendBody | T::PerWrite => {
                    ("sending the request", Delivery::Unknown)
                }
                T::RecvBody => ("reading the answer", Delivery::Unknown),
                T::Global if limits.total_is_write_timeout => {
                    ("waiting for the answer: --write-timeout", Delivery::Unknown)
                }
                _ => ("waiting for the answer", Delivery::Unknown),
            };
            Error::Timeout {
                url,
                phase,
                limit: limits.of_timeout(which),
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
                K::ConnectionRefused => no_answer("connection refused".into(), Delivery::NotSent),
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
                    limit: limits.of_timeout(ureq::Timeout::RecvResponse),
                    delivery: Delivery::Unknown,
                },
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
                    no_answer(
                        "the connection was closed before the answer was complete".into(),
                        Delivery::Unknown,
                    )
                }
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

/// The trust roots: the certificates of `cacert`, or the system's store.
pub fn tls_config(cacert: Option<&Path>, insecure: bool) -> Result<TlsConfig, Error> {
    let roots = match cacert {
        Some(path) => {
            let bad = |why: String| Error::CaCert {
                path: PathBuf::from(path),
                why,
            };
            let pem = std::fs::read(path).map_err(|err| bad(format!("cannot be read: {err}")))?;
            let certs: Vec<_> = ureq::tls::parse_pem(&pem)
                .filter_map(|item| match item {
                    Ok(ureq::tls::PemItem::Certificate(cert)) => Some(cert),
                    _ => None,
                })
                .collect();
            if certs.is_empty() {
                return Err(bad("holds no PEM certificate".into()));
            }
            RootCerts::new_with_certs(&certs)
        }
        None => RootCerts::PlatformVerifier,
    };
    Ok(TlsConfig::builder()
        .root_certs(roots)
        .disable_verification(insecure)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_write_has_no_limit_once_sent_unless_asked_and_a_read_keeps_its_timeout() {
        let ten = Some(Duration::from_secs(10));
        let read = Limits::of(ten, None, false, None);
        assert_eq!((read.connect, read.total, read.transfer), (ten, ten, None));
        let write = Limits::of(ten, None, true, None);
        assert_eq!(
            (write.connect, write.total, write.transfer),
            (ten, None, ten)
        );
        let bounded = Limits::of(ten, Some(Duration::from_secs(60)), true, None);
        assert_eq!(bounded.total, Some(Duration::from_secs(60)));
        assert!(bounded.total_is_write_timeout && !write.total_is_write_timeout);
        assert_eq!(
            bounded.of_timeout(ureq::Timeout::Global),
            Duration::from_secs(60)
        );
        assert_eq!(
            bounded.of_timeout(ureq::Timeout::Connect),
            Duration::from_secs(10)
        );
        assert_eq!(
            bounded.of_timeout(ureq::Timeout::PerWrite),
            Duration::from_secs(10)
        );
        let unlimited = Limits::of(None, None, false, None);
        assert_eq!((unlimited.connect, unlimited.total), (None, None));
    }

    #[test]
    fn a_deadline_cuts_every_limit_even_none() {
        let deadline = Some(Instant::now() + Duration::from_secs(2));
        for limits in [
            Limits::of(Some(Duration::from_secs(10)), None, true, deadline),
            Limits::of(None, None, false, deadline),
        ] {
            for limit in [limits.connect, limits.total] {
                assert!(
                    limit.is_some_and(|l| l <= Duration::from_secs(2)),
                    "{limits:?}"
                );
            }
        }
        let cut = Limits::of(None, Some(Duration::from_secs(60)), true, deadline);
        assert!(
            !cut.total_is_write_timeout,
            "the deadline, not --write-timeout"
        );
        let past = Limits::of(None, None, false, Some(Instant::now()));
        assert_eq!(past.total, Some(Duration::from_millis(1)));
    }

    #[test]
    fn a_cacert_file_without_certificates_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pem");
        std::fs::write(&path, "no certificate here\n").unwrap();
        let err = tls_config(Some(&path), false).unwrap_err().to_string();
        assert!(err.contains("empty.pem") && err.contains("no PEM"), "{err}");
        let err = tls_config(Some(&dir.path().join("missing.pem")), false)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("missing.pem") && err.contains("cannot be read"),
            "{err}"
        );
    }
}
