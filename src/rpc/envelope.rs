//! The JSON-RPC envelope trytond speaks: the request body, and the answer — enveloped
//! (`{"id", "result" | "error"}`) or bare — or the HTML/plain error page of a non-200 status.

use serde_json::{Value, json};

use super::error::{Error, Fault, one_line};

/// The body of one request.
pub fn request_body(id: u64, method: &str, params: &Value) -> Vec<u8> {
    serde_json::to_vec(&json!({"id": id, "method": method, "params": params}))
        .expect("a JSON value always serializes")
}

/// The result or fault of a 200 answer, enveloped (`{"id","result"|"error"}`) or bare.
pub fn decode_answer(url: &str, status: u16, body: &[u8]) -> Result<Value, Error> {
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

/// A 3xx/4xx/5xx page's message: the `<p>` text of a Werkzeug page, or a short plain-text body.
pub fn error_page_message(content_type: &str, body: &[u8]) -> String {
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
}
