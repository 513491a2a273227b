//! Server URL validation and the two URL layouts trytond has used.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::Error;

/// Where trytond serves JSON-RPC. 8.x: `/rpc/` and `/<db>/rpc/`; 7.x and older: `/` and `/<db>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Rpc,
    Root,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Rpc => "8.x",
            Layout::Root => "7.x",
        }
    }

    pub fn from_name(name: &str) -> Option<Layout> {
        match name {
            "8.x" => Some(Layout::Rpc),
            "7.x" => Some(Layout::Root),
            _ => None,
        }
    }
}

/// A request goes either to the server (no database) or to one database.
#[derive(Clone, Copy, Debug)]
pub enum Target<'a> {
    Server,
    Database(&'a str),
}

/// A validated server URL: http or https, a host, no credentials, no query; kept without the
/// trailing slash so that paths can be appended (a reverse-proxy prefix such as `/tryton` stays).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerUrl(String);

impl ServerUrl {
    pub fn parse(input: &str) -> Result<ServerUrl, Error> {
        let invalid = |why: &str| Error::InvalidUrl {
            url: redact_userinfo(input),
            why: why.to_string(),
        };
        let trimmed = input.trim();
        let (scheme, rest) = trimmed
            .split_once("://")
            .ok_or_else(|| invalid("it needs a scheme, e.g. http://127.0.0.1:8000"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(invalid("only http:// and https:// are supported"));
        }
        if rest.contains(['?', '#']) {
            return Err(invalid("a server URL takes no query or fragment"));
        }
        let (authority, path) = match rest.find('/') {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if authority.contains('@') {
            return Err(invalid(
                "credentials do not belong in the URL; use --user and a password source (see 'tryton-cli login --help')",
            ));
        }
        if authority.is_empty() || authority.starts_with(':') {
            return Err(invalid("it has no host"));
        }
        if authority
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(invalid("the host contains white space"));
        }
        if let Some(port) = authority.rsplit_once(':').map(|(_, p)| p)
            && !authority.ends_with(']')
            && port.parse::<u16>().is_err()
        {
            return Err(invalid("the port is not a number from 0 to 65535"));
        }
        let path = path.trim_end_matches('/');
        // People copy the JSON-RPC path from trytond's docs; the layouts add it themselves, so
        // `/rpc` would end up twice (`/rpc/<db>/rpc/`).
        if path == "/rpc" || path.ends_with("/rpc") {
            let root = &path[..path.len() - "/rpc".len()];
            return Err(invalid(&format!(
                "it ends in /rpc, which tryton-cli adds itself; use {scheme}://{authority}{root}"
            )));
        }
        Ok(ServerUrl(format!("{scheme}://{authority}{path}")))
    }

    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }

    /// The host, without port or brackets: `erp.example.com`, `127.0.0.1`, `::1`.
    pub fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or("", |(_, rest)| rest);
        let authority = rest.split('/').next().unwrap_or_default();
        match authority.strip_prefix('[') {
            Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
            None => authority
                .rsplit_once(':')
                .map_or(authority, |(host, _)| host),
        }
    }

    /// Plain http to another machine: what is sent (a password, a session) can be read on the
    /// way. Loopback is this machine.
    pub fn is_cleartext_to_another_host(&self) -> bool {
        let host = self.host();
        let loopback = host.eq_ignore_ascii_case("localhost")
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        !self.is_https() && !loopback
    }

    pub fn endpoint(&self, layout: Layout, target: Target<'_>) -> String {
        match (layout, target) {
            (Layout::Rpc, Target::Server) => format!("{}/rpc/", self.0),
            (Layout::Rpc, Target::Database(db)) => {
                format!("{}/{}/rpc/", self.0, encode_segment(db))
            }
            (Layout::Root, Target::Server) => format!("{}/", self.0),
            (Layout::Root, Target::Database(db)) => format!("{}/{}/", self.0, encode_segment(db)),
        }
    }
}

impl std::fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What stays as it is in a path segment: RFC 3986's unreserved characters.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encode a database name for use as one path segment.
fn encode_segment(segment: &str) -> String {
    utf8_percent_encode(segment, UNRESERVED).to_string()
}

/// The URL as given, with any `user:password@` part replaced, for error messages.
pub fn redact_userinfo(input: &str) -> String {
    if let Some((scheme, rest)) = input.split_once("://") {
        let end = rest.find('/').unwrap_or(rest.len());
        if let Some(at) = rest[..end].rfind('@') {
            return format!("{scheme}://(credentials removed)@{}", &rest[at + 1..]);
        }
    }
    input.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_to_another_host_is_told_apart_from_loopback_and_https() {
        let url = |text: &str| ServerUrl::parse(text).unwrap();
        assert!(url("http://erp.example.com/tryton").is_cleartext_to_another_host());
        assert!(url("http://10.0.0.5:8000").is_cleartext_to_another_host());
        assert!(!url("https://erp.example.com").is_cleartext_to_another_host());
        assert!(!url("http://127.0.0.1:8000").is_cleartext_to_another_host());
        assert!(!url("http://localhost:8000").is_cleartext_to_another_host());
        assert!(!url("http://[::1]:8000").is_cleartext_to_another_host());
        assert_eq!(url("http://[::1]:8000").host(), "::1");
    }

    #[test]
    fn keeps_a_proxy_prefix_and_drops_trailing_slashes() {
        let url = ServerUrl::parse("HTTP://example.com:8000/tryton//").unwrap();
        assert_eq!(url.to_string(), "http://example.com:8000/tryton");
        assert_eq!(
            url.endpoint(Layout::Rpc, Target::Database("prod db")),
            "http://example.com:8000/tryton/prod%20db/rpc/"
        );
        assert_eq!(
            url.endpoint(Layout::Root, Target::Server),
            "http://example.com:8000/tryton/"
        );
    }

    #[test]
    fn refuses_credentials_without_echoing_them() {
        let err = ServerUrl::parse("http://admin:s3cret@example.com/").unwrap_err();
        let text = err.to_string();
        assert!(!text.contains("s3cret"), "{text}");
        assert!(text.contains("credentials"), "{text}");
    }

    #[test]
    fn refuses_other_schemes_missing_hosts_and_bad_ports() {
        for bad in [
            "ftp://x",
            "example.com",
            "http://",
            "http://:80",
            "http://x:99999",
            "http://x/?a=1",
        ] {
            assert!(ServerUrl::parse(bad).is_err(), "{bad} was accepted");
        }
        assert!(ServerUrl::parse("http://[::1]:8000").is_ok());
    }

    #[test]
    fn a_url_ending_in_rpc_is_refused_with_the_url_to_use() {
        for (given, root) in [
            ("http://127.0.0.1:8000/rpc", "http://127.0.0.1:8000"),
            ("http://127.0.0.1:8000/rpc/", "http://127.0.0.1:8000"),
            (
                "https://erp.example.com/tryton/rpc/",
                "https://erp.example.com/tryton",
            ),
        ] {
            let text = ServerUrl::parse(given).unwrap_err().to_string();
            assert!(text.ends_with(&format!("; use {root}")), "{text}");
        }
        assert!(ServerUrl::parse("http://x/rpcs").is_ok());
    }
}
