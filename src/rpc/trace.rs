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

/// A login, whatever its parameters look like (`common.db.login`, or any method named `login`).
fn is_login(method: &str) -> bool {
    method == LOGIN || method.rsplit('.').next() == Some("login")
}

/// The request body for `-vv`, with the login parameters (password, codes) hidden. A login
/// shows only its user name (a first parameter that is text): every other value in it is
/// hidden whatever the call's shape, so a mis-shaped login (the password as a bare string, in a
/// list, under an unexpected key) is never traced with its password.
pub fn redacted_request(method: &str, params: &Value) -> String {
    let mut params = params.clone();
    if is_login(method) {
        match &mut params {
            Value::Array(items) => {
                let skip = usize::from(items.first().is_some_and(Value::is_string));
                items.iter_mut().skip(skip).for_each(redact_leaves);
            }
            other => redact_leaves(other),
        }
    }
    hide_passwords(&mut params);
    json!({"method": method, "params": params}).to_string()
}

/// Every string, number and boolean in `value` replaced by `"(redacted)"` (the shape stays).
fn redact_leaves(value: &mut Value) {
    match value {
        Value::Object(map) => map.values_mut().for_each(redact_leaves),
        Value::Array(items) => items.iter_mut().for_each(redact_leaves),
        Value::Null => {}
        leaf => *leaf = Value::String("(redacted)".into()),
    }
}

/// The keys whose values are passwords wherever they appear in a request: `res.user`'s
/// `create`/`write` (`{"password": …}`), `set_preferences`, or any `call` that sends one.
const PASSWORD_KEYS: [&str; 3] = ["password", "old_password", "new_password"];

fn hide_passwords(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if PASSWORD_KEYS.contains(&key.as_str()) && !value.is_null() {
                    *value = Value::String("(redacted)".into());
                } else {
                    hide_passwords(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(hide_passwords),
        _ => {}
    }
}

/// The response body for `-vv`, with a login's session token hidden.
pub fn redacted_response(method: &str, body: &str) -> String {
    if !is_login(method) {
        return body.to_string();
    }
    match serde_json::from_str::<Value>(body) {
        Ok(mut value) => {
            // [user id, token, …]: the user id stays, anything else a login answers is hidden.
            match value.get_mut("result") {
                Some(Value::Array(items)) => items.iter_mut().skip(1).for_each(redact_leaves),
                Some(other) => redact_leaves(other),
                None => {}
            }
            value.to_string()
        }
        // Not JSON: an error page (a proxy's, say), which carries no session.
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
        let create = redacted_request(
            "model.res.user.create",
            &json!([[{"login": "ci", "password": "s3cret-pw", "groups": [["add", [1]]]}], {}]),
        );
        assert!(
            !create.contains("s3cret-pw") && create.contains("\"ci\""),
            "{create}"
        );
        let write = redacted_request(
            "model.res.user.write",
            &json!([[7], {"password": "s3cret-pw"}, {}]),
        );
        assert!(!write.contains("s3cret-pw"), "{write}");
        let response = redacted_response(LOGIN, r#"{"id":1,"result":[1,"abcdef",null]}"#);
        assert!(!response.contains("abcdef"), "{response}");
    }

    #[test]
    fn a_mis_shaped_login_is_never_traced_with_its_password() {
        for params in [
            json!(["admin", "hunter2", "en"]),
            json!(["admin", ["hunter2"]]),
            json!(["admin", {"pass": "hunter2"}]),
            json!(["admin", {"password": {"x": "hunter2"}}]),
            json!([{"login": "admin", "password": "hunter2"}]),
            json!({"login": "admin", "password": "hunter2"}),
            json!("hunter2"),
            json!([["admin", "hunter2"]]),
            json!([42, "hunter2"]),
        ] {
            let request = redacted_request(LOGIN, &params);
            assert!(!request.contains("hunter2"), "{params}: {request}");
        }
        let request = redacted_request(LOGIN, &json!(["admin", "hunter2"]));
        assert!(
            request.contains("\"admin\""),
            "the user name stays: {request}"
        );
        for body in [
            r#"{"id":1,"result":{"token":"abcdef"}}"#,
            r#"{"id":1,"result":"abcdef"}"#,
            r#"{"id":1,"result":[1,["abcdef"]]}"#,
        ] {
            let response = redacted_response(LOGIN, body);
            assert!(!response.contains("abcdef"), "{body}: {response}");
        }
    }
}
