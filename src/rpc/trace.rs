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
    hide_passwords(&mut params);
    json!({"method": method, "params": params}).to_string()
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
}
