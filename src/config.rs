//! Settings from flags, the environment and built-in defaults (flag > environment > default).

use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::exit::Failure;
use crate::rpc::{ClientOptions, RetryPolicy, ServerUrl};

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_RETRIES: u32 = 3;
/// The portal's name for the server URL, still honoured.
const LEGACY_URL_VARIABLE: &str = "TRYTON_RPC_URL";

#[derive(Debug, Clone)]
pub struct Settings {
    pub url: Option<String>,
    pub database: Option<String>,
    pub timeout: Duration,
    pub retries: u32,
    pub verbosity: u8,
    pub quiet: bool,
    pub insecure: bool,
    pub cacert: Option<std::path::PathBuf>,
}

impl Settings {
    pub fn resolve(global: &GlobalArgs) -> Settings {
        let url = global
            .url
            .clone()
            .or_else(|| non_empty_env(LEGACY_URL_VARIABLE));
        Settings {
            url,
            database: global.database.clone(),
            timeout: global.timeout.unwrap_or(DEFAULT_TIMEOUT),
            retries: global.retries.unwrap_or(DEFAULT_RETRIES),
            verbosity: global.verbose,
            quiet: global.quiet,
            insecure: global.insecure,
            cacert: global.cacert.clone(),
        }
    }

    pub fn server_url(&self) -> anyhow::Result<ServerUrl> {
        let url = self.url.as_deref().ok_or_else(|| {
            Failure::usage(
                "no server URL: pass --url URL or set TRYTON_URL (e.g. http://127.0.0.1:8000)",
            )
        })?;
        Ok(ServerUrl::parse(url)?)
    }

    pub fn database(&self) -> anyhow::Result<&str> {
        self.database.as_deref().ok_or_else(|| {
            Failure::usage("no database: pass -d NAME or set TRYTON_DATABASE").into()
        })
    }

    pub fn client_options(&self) -> ClientOptions {
        ClientOptions {
            timeout: self.timeout,
            retry: RetryPolicy {
                retries: self.retries,
                retry_writes: false,
            },
            insecure: self.insecure,
            cacert: self.cacert.clone(),
            verbosity: self.verbosity,
            ..ClientOptions::default()
        }
    }
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}
