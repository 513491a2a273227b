//! The JSON-RPC layer: HTTP, the Tryton envelope and wire codec, URL layouts, retries and `-v`
//! traces. A leaf: it knows nothing of the command line, exit codes or output ([`Error::class`]
//! says what kind of failure an error is; `exit.rs` maps that to an exit code).
//!
//! - `client`: [`Client`], the request loop (retries, layout detection);
//! - `http`: one POST (TLS, timeouts, size cap, gzip, transport errors);
//! - `envelope`: the request body and the answer's result or fault;
//! - `error`: every way an exchange fails, and whether it may have reached the server;
//! - `endpoint`: server URLs and the two URL layouts; `retry`: what may be sent again;
//! - `codec`: Tryton's tagged JSON values; `methods`: shared method names; `trace`: `-v` lines.

mod client;
pub mod codec;
mod endpoint;
mod envelope;
mod error;
mod http;
pub mod methods;
pub mod retry;
mod trace;

pub use client::{Client, ClientOptions, DEFAULT_MAX_RESPONSE_BYTES, Reply};
pub use endpoint::{Layout, ServerUrl, Target, redact_userinfo};
pub use error::{Class, Delivery, Error, Fault, format_size, one_line};
pub use retry::RetryPolicy;
