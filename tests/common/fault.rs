//! A small local HTTP server for the faults a real trytond cannot produce: HTML error pages,
//! silence, resets, slow or oversized bodies. It counts the requests it receives.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

pub enum Reply {
    /// A complete answer: status, content type, extra headers, body.
    Answer(u16, &'static str, Vec<(String, String)>, Vec<u8>),
    /// Read the request, then say nothing until the client gives up.
    Silence,
    /// Read the request, then close the connection without a byte.
    Close,
    /// Send the headers and part of the body, then close.
    Truncate(u16, Vec<u8>, usize),
    /// Send the body one byte at a time, pausing between bytes.
    Trickle(Vec<u8>, Duration),
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

type Responder = dyn Fn(usize, &str, &str) -> Reply + Send + Sync;

pub struct FaultServer {
    pub url: String,
    pub port: u16,
    hits: Arc<AtomicUsize>,
    bodies: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl FaultServer {
    /// `respond(n, path, body)` decides the answer to the n-th request (0-based).
    pub fn start(
        respond: impl Fn(usize, &str, &str) -> Reply + Send + Sync + 'static,
    ) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let hits = Arc::new(AtomicUsize::new(0));
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let respond: Arc<Responder> = Arc::new(respond);
        {
            let (hits, bodies, stop) = (hits.clone(), bodies.clone(), stop.clone());
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (hits, bodies, respond, stop) =
                        (hits.clone(), bodies.clone(), respond.clone(), stop.clone());
                    std::thread::spawn(move || serve(stream, &hits, &bodies, &*respond, &stop));
                }
            });
        }
        FaultServer {
            url: format!("http://127.0.0.1:{port}"),
            port,
            hits,
            bodies,
            stop,
        }
    }

    /// How many complete requests arrived.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    pub fn bodies(&self) -> Vec<String> {
        self.bodies.lock().unwrap().clone()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(
    stream: TcpStream,
    hits: &AtomicUsize,
    bodies: &Mutex<Vec<String>>,
    respond: &Responder,
    stop: &AtomicBool,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut length = 0usize;
    let mut line = String::new();
    let mut path = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if path.is_empty() {
            path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        }
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let body = String::from_utf8_lossy(&body).to_string();
    let index = hits.fetch_add(1, Ordering::SeqCst);
    bodies.lock().unwrap().push(body.clone());
    let mut stream = stream;
    match respond(index, &path, &body) {
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
            while !stop.load(Ordering::SeqCst) {
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
                if stop.load(Ordering::SeqCst) || stream.write_all(&[byte]).is_err() {
                    return;
                }
                std::thread::sleep(pause);
            }
        }
    }
}
