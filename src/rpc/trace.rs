//! `-v` traces on stderr: one line per request and answer (`-vv` adds the bodies), with the
//! login's password, further factors and session token always hidden.

use serde_json::{Value, json};

use super::methods::LOGIN;

/// How many trace lines a client gives (`-v` is 1, `-vv` 2; completion asks for none). They go
/// out as `log` records (debug, trace): the process's logger decides what reaches stderr.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tracer {
    pub verbosity: u8,
}

impl Tracer {
    pub fn line(&self, level: u8, line: impl FnOnce() -> String) {
        if self.verbosity < level {
            return;
        }
        match level {
            1 => log::debug!("* {}", line()),
            _ => log::trace!("* {}", line()),
        }
    }
}

/// The request body for `-vv`, with the login parameters (password, codes) hidden.
pub fn redacted_request(method: &str, params: &Value) -> String {
    let mut params = params.clone();
    if method == LOGIN
        && let Some(Value::Object(factors)) = params.get_mut(1)
    {
        for value in factors.values_mut() {
            *value = Value::String("(redacted)".into());
        }
    }
    json!({"method": method, "params": params}).to_string()
}

/// The response body for `-vv`, with a login's session token hidden.
pub fn redacted_response(method: &str, body: &str) -> String {
    if method != LOGIN {
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
    fn traces_hide_passwords_and_session_tokens() {
        let request = redacted_request(
            LOGIN,
            &json!(["admin", {"password": "hunter2", "sms_code": "123"}, "en"]),
        );
        assert!(
            !request.contains("hunter2") && !request.contains("123"),
            "{request}"
        );
        let response = redacted_response(LOGIN, r#"{"id":1,"result":[1,"abcdef",null]}"#);
        assert!(!response.contains("abcdef"), "{response}");
    }
}
