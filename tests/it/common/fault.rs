//! A small local HTTP server for the faults a real trytond cannot produce: HTML error pages,
//! silence, resets, slow or oversized bodies. It counts the requests it receives, keeps their
//! heads and bodies, and also plays an HTTP proxy (CONNECT, or a request in absolute form).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

pub enum Reply {
    /// A complete answer: status, content type, extra headers, body.
    Answer(u16, &'static str, Vec<(String, String)>, Vec<u8>),
    /// Read the request, then say nothing until the client gives up.
    Silence,
    /// Read the request, then close the connection without a byte.
    Close,
    /// Read the request, then reset the connection (RST, not FIN) without a byte.
    Reset,
    /// Send the headers and part of the body, then close.
    Truncate(u16, Vec<u8>, usize),
    /// Send the body one byte at a time, pausing between bytes.
    Trickle(Vec<u8>, Duration),
    /// Stop listening (every later connection is refused), then give this reply.
    Last(Box<Reply>),
    /// Pass the request on to a real server on this port and relay its answer — or, with
    /// `lose_answer`, let the server run it and then reset the client's connection (the answer is
    /// lost on the way back, as when a proxy drops).
    Forward { port: u16, lose_answer: bool },
    /// Read the request, wait this long (a server busy with it), then give this reply.
    Delay(Duration, Box<Reply>),
}

impl Reply {
    pub fn json(body: &str) -> Reply {
        Reply::Answer(200, "application/json", vec![], body.as_bytes().to_vec())
    }

    pub fn html(status: u16, body: &str) -> Reply {
        Reply::Answer(
            status,
            "text/html; charset=utf-8",
            vec![],
            body.as_bytes().to_vec(),
        )
    }
}

/// One request as received: the request line (`POST /rpc/ HTTP/1.1`), its headers (names in
/// lower case) and its body.
#[derive(Clone, Debug)]
pub struct Request {
    pub line: String,
    pub headers: Vec<(String, String)>,
    /// Decompressed when it came gzipped.
    pub body: String,
    /// The size of the body as it came over the wire.
    pub sent_bytes: usize,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The JSON-RPC method named in the body, if any.
    pub fn method(&self) -> Option<String> {
        serde_json::from_str::<serde_json::Value>(&self.body)
            .ok()?
            .get("method")?
            .as_str()
            .map(str::to_string)
    }
}

type Responder = dyn Fn(usize, &str, &str) -> Reply + Send + Sync;

#[derive(Default)]
struct Shared {
    hits: AtomicUsize,
    requests: Mutex<Vec<Request>>,
    connects: Mutex<Vec<String>>,
    stop: AtomicBool,
    /// Set by `Reply::Last`: the accept loop drops the listener, then flips `closed`.
    stop_accepting: AtomicBool,
    closed: (Mutex<bool>, Condvar),
}

pub struct FaultServer {
    pub url: String,
    pub port: u16,
    shared: Arc<Shared>,
}

impl FaultServer {
    /// `respond(n, path, body)` decides the answer to the n-th request (0-based).
    pub fn start(
        respond: impl Fn(usize, &str, &str) -> Reply + Send + Sync + 'static,
    ) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let shared = Arc::new(Shared::default());
        let respond: Arc<Responder> = Arc::new(respond);
        {
            let shared = shared.clone();
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if shared.stop.load(Ordering::SeqCst)
                        || shared.stop_accepting.load(Ordering::SeqCst)
                    {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (shared, respond) = (shared.clone(), respond.clone());
                    std::thread::spawn(move || serve(stream, port, &shared, &*respond));
                }
                drop(listener);
                let (lock, signal) = &shared.closed;
                *lock.lock().unwrap() = true;
                signal.notify_all();
            });
        }
        FaultServer {
            url: format!("http://127.0.0.1:{port}"),
            port,
            shared,
        }
    }

    /// How many complete requests arrived (CONNECT requests not included).
    pub fn hits(&self) -> usize {
        self.shared.hits.load(Ordering::SeqCst)
    }

    pub fn bodies(&self) -> Vec<String> {
        self.requests().into_iter().map(|r| r.body).collect()
    }

    pub fn requests(&self) -> Vec<Request> {
        self.shared.requests.lock().unwrap().clone()
    }

    /// How many requests named this JSON-RPC method.
    pub fn calls_of(&self, method: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.method().as_deref() == Some(method))
            .count()
    }

    /// The targets of the CONNECT requests received as a proxy (`127.0.0.1:8000`).
    pub fn connects(&self) -> Vec<String> {
        self.shared.connects.lock().unwrap().clone()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Read a request head: the request line and the headers (None when the client went away).
fn read_head(reader: &mut impl BufRead) -> Option<(String, Vec<(String, String)>)> {
    let mut request_line = String::new();
    let mut headers = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return None;
        }
        if line == "\r\n" || line == "\n" {
            return Some((request_line, headers));
        }
        if request_line.is_empty() {
            request_line = line.trim_end().to_string();
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
}

fn serve(stream: TcpStream, port: u16, shared: &Shared, respond: &Responder) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut stream = stream;
    // A TLS ClientHello (record type 0x16) to this plain-HTTP server: answer as plain HTTP
    // servers do, with a 400 page.
    if reader
        .fill_buf()
        .is_ok_and(|bytes| bytes.first() == Some(&0x16))
    {
        let _ = stream.write_all(
            b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
        return;
    }
    let Some((mut line, mut headers)) = read_head(&mut reader) else {
        return;
    };
    // As a proxy: accept the tunnel and serve the request that comes through it ourselves.
    if let Some(target) = line.strip_prefix("CONNECT ") {
        let target = target.split_whitespace().next().unwrap_or_default();
        shared.connects.lock().unwrap().push(target.to_string());
        if stream
            .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .is_err()
        {
            return;
        }
        match read_head(&mut reader) {
            Some(head) => (line, headers) = head,
            None => return,
        }
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    // An absolute-form target (a request sent to a proxy) is kept whole in `line`; the path alone
    // goes to the responder.
    let path = match target.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]).to_string(),
        None => target,
    };
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    // A gzipped body (Content-Encoding: gzip) is seen decompressed by the responder and in
    // `requests()`; it is forwarded as it came.
    let raw = body;
    let gzipped = headers
        .iter()
        .any(|(n, v)| n == "content-encoding" && v.eq_ignore_ascii_case("gzip"));
    let body = if gzipped {
        let mut text = Vec::new();
        let _ = flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut text);
        String::from_utf8_lossy(&text).to_string()
    } else {
        String::from_utf8_lossy(&raw).to_string()
    };
    let index = {
        // Record and count under one lock, so that `requests()[n]` is the n-th request.
        let mut requests = shared.requests.lock().unwrap();
        requests.push(Request {
            line,
            headers: headers.clone(),
            body: body.clone(),
            sent_bytes: raw.len(),
        });
        shared.hits.fetch_add(1, Ordering::SeqCst)
    };
    let mut reply = respond(index, &path, &body);
    while let Reply::Delay(pause, then) = reply {
        std::thread::sleep(pause);
        reply = *then;
    }
    match reply {
        Reply::Forward {
            port: upstream,
            lose_answer,
        } => forward(stream, upstream, &path, &headers, &raw, lose_answer),
        reply => answer(stream, port, shared, reply),
    }
}

fn forward(
    mut stream: TcpStream,
    upstream: u16,
    path: &str,
    headers: &[(String, String)],
    body: &[u8],
    lose_answer: bool,
) {
    let Ok(mut server) = TcpStream::connect(("127.0.0.1", upstream)) else {
        return reset(stream);
    };
    let mut request = format!("POST {path} HTTP/1.1\r\n");
    for (name, value) in headers {
        if name != "connection" && name != "host" {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    request.push_str(&format!(
        "Host: 127.0.0.1:{upstream}\r\nConnection: close\r\n\r\n"
    ));
    if server.write_all(request.as_bytes()).is_err() || server.write_all(body).is_err() {
        return reset(stream);
    }
    let Some(answer) = read_answer(&mut server) else {
        return reset(stream);
    };
    if lose_answer {
        reset(stream);
    } else {
        let _ = stream.write_all(&answer);
    }
}

/// One HTTP answer: its head, then as many body bytes as its Content-Length says. Not "until the
/// server closes": trytond 7.0's server (werkzeug) may keep the connection open after answering,
/// even asked to close it, and the proxy would wait there until the client gave up.
fn read_answer(server: &mut TcpStream) -> Option<Vec<u8>> {
    let mut answer = Vec::new();
    let mut buf = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = answer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = server.read(&mut buf).ok()?;
        if n == 0 {
            return (!answer.is_empty()).then_some(answer);
        }
        answer.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&answer[..head_end]).to_ascii_lowercase();
    let Some(length) = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse::<usize>().ok())
    else {
        server.read_to_end(&mut answer).ok()?;
        return Some(answer);
    };
    while answer.len() < head_end + length {
        let n = server.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
    }
    Some(answer)
}

fn answer(mut stream: TcpStream, port: u16, shared: &Shared, reply: Reply) {
    match reply {
        Reply::Answer(status, content_type, headers, payload) => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
                payload.len()
            );
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&payload);
        }
        Reply::Silence => {
            while !shared.stop.load(Ordering::SeqCst) {
                let mut buf = [0u8; 64];
                stream
                    .set_read_timeout(Some(Duration::from_millis(100)))
                    .ok();
                match stream.read(&mut buf) {
                    Ok(0) => return,
                    _ => continue,
                }
            }
        }
        Reply::Close => {
            let _ = stream.shutdown(Shutdown::Both);
        }
        Reply::Reset => reset(stream),
        Reply::Forward { .. } | Reply::Delay(..) => unreachable!("handled in serve()"),
        Reply::Truncate(status, payload, sent) => {
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                payload.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&payload[..sent.min(payload.len())]);
            let _ = stream.flush();
            let _ = stream.shutdown(Shutdown::Both);
        }
        Reply::Trickle(payload, pause) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                payload.len()
            );
            let _ = stream.write_all(head.as_bytes());
            for byte in payload {
                if shared.stop.load(Ordering::SeqCst) || stream.write_all(&[byte]).is_err() {
                    return;
                }
                std::thread::sleep(pause);
            }
        }
        Reply::Last(reply) => {
            shared.stop_accepting.store(true, Ordering::SeqCst);
            // Wake the accept loop, and wait until it has closed the listening socket.
            let _ = TcpStream::connect(("127.0.0.1", port));
            let (lock, signal) = &shared.closed;
            let mut closed = lock.lock().unwrap();
            while !*closed {
                closed = signal.wait(closed).unwrap();
            }
            drop(closed);
            answer(stream, port, shared, *reply);
        }
    }
}

/// Close with SO_LINGER 0: the kernel sends RST instead of FIN (what a crashed server or a
/// middlebox dropping the connection looks like to the client).
fn reset(stream: TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            &linger as *const libc::linger as *const libc::c_void,
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
    drop(stream);
}
