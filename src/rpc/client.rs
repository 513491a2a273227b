//! The JSON-RPC client every command rides on: one HTTP agent per invocation, the request loop
//! with its retries, and URL layout detection (8.x `/rpc/` or 7.x `/`).

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::endpoint::{Layout, ServerUrl, Target};
use super::envelope::request_body;
use super::error::{Delivery, Error};
use super::http::{Post, Transport, tls_config};
use super::methods::{LOGIN, LOGOUT};
use super::retry::{self, RetryPolicy};
use super::trace::{Tracer, redacted_request};
use crate::secret::SecretString;

/// Large enough for any sane batch of records; small enough that a URL pointing at a big file
/// cannot eat the machine's memory.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// Connecting, and the whole of a read; zero is no limit.
    pub timeout: Duration,
    /// The whole of a write (a method not safe to repeat); zero, the default, is no limit: the
    /// server is not abandoned while it works on a write it may commit.
    pub write_timeout: Duration,
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
            write_timeout: Duration::ZERO,
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
    transport: Transport,
    retry: RetryPolicy,
    tracer: Tracer,
    layout: Cell<Option<Layout>>,
    /// The layout was set from outside (a stored session), not found by this client.
    layout_given: Cell<bool>,
    next_id: Cell<u64>,
    authorization: RefCell<Option<SecretString>>,
    deadline: Cell<Option<Instant>>,
}

impl Client {
    pub fn new(url: ServerUrl, options: ClientOptions) -> Result<Client, Error> {
        let tls = tls_config(options.cacert.as_deref(), options.insecure)?;
        if options.insecure && url.is_https() {
            log::warn!("--insecure: the server's TLS certificate is not verified");
        }
        let tracer = Tracer {
            verbosity: options.verbosity,
        };
        Ok(Client {
            url,
            transport: Transport::new(
                options.timeout,
                options.write_timeout,
                options.max_response_bytes,
                tls,
                tracer,
            ),
            retry: options.retry,
            tracer,
            layout: Cell::new(None),
            layout_given: Cell::new(false),
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

    /// The layout a stored session found; found again if the server no longer serves it.
    pub fn set_layout(&self, layout: Layout) {
        self.layout.set(Some(layout));
        self.layout_given.set(true);
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
        let policy = self.retry;
        let retries = policy.retries_for(method);
        let mut attempt = 0;
        let started = Instant::now();
        loop {
            match self.exchange(target, method, params) {
                Ok(reply) => return Ok(reply),
                Err(err) => {
                    if !policy.may_resend(method, err.delivery()) {
                        // A write the server may have applied: say so (with or without retries
                        // left), as callers name what may have been applied from this.
                        // (Not a login: what it may have opened is a session, no data.)
                        if err.delivery() == Delivery::Unknown && method != LOGIN {
                            return Err(Error::NotResent {
                                method: method.to_string(),
                                cause: Box::new(err),
                            });
                        }
                        return Err(err);
                    }
                    // A gateway timeout: the application took longer than the proxy waits, and
                    // the same request would again (a paged read halves its page instead).
                    if err.status() == Some(504) {
                        return Err(err);
                    }
                    // The proxy answers while the application behind it restarts: retried over
                    // a time budget rather than a count, so that a worker restart is outlasted.
                    let gateway = retries > 0 && method != LOGIN && err.is_gateway();
                    if attempt >= retries && !gateway {
                        return Err(err);
                    }
                    // trytond's login throttle (429, no Retry-After) lasts minutes: another
                    // attempt only counts against it.
                    if err.status() == Some(429) && err.retry_after().is_none() && method == LOGIN {
                        return Err(err);
                    }
                    let wait = match err.retry_after() {
                        Some(wait) if wait > retry::MAX_RETRY_AFTER => return Err(err),
                        Some(wait) => wait,
                        None => retry::backoff(attempt),
                    };
                    if gateway {
                        let end = started + retry::GATEWAY_BUDGET;
                        let end = self.deadline.get().map_or(end, |d| d.min(end));
                        if Instant::now() + wait > end {
                            return Err(err);
                        }
                    }
                    attempt += 1;
                    self.tracer.line(1, || {
                        if gateway {
                            format!(
                                "retry {attempt} of {method} in {} ms (a gateway's answer: retried for up to {} s): {err}",
                                wait.as_millis(),
                                retry::GATEWAY_BUDGET.as_secs()
                            )
                        } else {
                            format!(
                                "retry {attempt}/{retries} of {method} in {} ms: {err}",
                                wait.as_millis()
                            )
                        }
                    });
                    std::thread::sleep(wait);
                }
            }
        }
    }

    /// One logical request; the first one also finds which URL layout the server uses. A server
    /// method (no database, no session) refused with 401 means the URL is not a Tryton server's
    /// root: trytond 7.0 reads the path as a database name.
    fn exchange(&self, target: Target<'_>, method: &str, params: &Value) -> Result<Reply, Error> {
        self.exchange_at_layout(target, method, params)
            .map_err(|err| match (target, err.status()) {
                (Target::Server, Some(401)) => Error::NotJsonRpc {
                    url: self
                        .url
                        .endpoint(self.layout().unwrap_or(Layout::Rpc), target),
                    status: 401,
                    what: format!("{method} refused, which any Tryton server answers"),
                },
                _ => err,
            })
    }

    fn exchange_at_layout(
        &self,
        target: Target<'_>,
        method: &str,
        params: &Value,
    ) -> Result<Reply, Error> {
        if let Some(layout) = self.layout.get() {
            return match self.post(layout, target, method, params) {
                // The layout came from a stored session, and the server at this URL no longer
                // serves it (upgraded from 7.0 to 8.x, or back): find it again, once.
                Err(err) if matches!(err.status(), Some(404 | 405)) && self.layout_given.get() => {
                    self.layout_given.set(false);
                    self.layout.set(None);
                    self.tracer.line(1, || {
                        format!("{err}; finding the server's URL layout again")
                    });
                    self.exchange_at_layout(target, method, params)
                }
                other => other,
            };
        }
        match self.post(Layout::Rpc, target, method, params) {
            Err(err) if older_layout_may_answer(&err, target) => {
                self.tracer.line(1, || {
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
        let body = request_body(id, method, params);
        self.tracer.line(1, || {
            format!("> POST {url} {method} (id {id}, {} bytes)", body.len())
        });
        self.tracer
            .line(2, || format!("> {}", redacted_request(method, params)));
        let authorization = self.authorization.borrow();
        let (value, latency) = self.transport.post(Post {
            url: &url,
            method,
            body: &body,
            authorization: authorization.as_ref(),
            deadline: self.deadline.get(),
            write: waits_for_the_server(method),
        })?;
        Ok(Reply { value, latency })
    }
}

/// A method that may change data is waited for while the server works on it: abandoning it does
/// not undo it. A login or logout is not: a server that hangs must not hang every command that
/// logs in.
fn waits_for_the_server(method: &str) -> bool {
    !retry::is_safe_to_repeat(method) && method != LOGIN && method != LOGOUT
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
