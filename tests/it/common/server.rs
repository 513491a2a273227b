//! Real trytond processes for the tests.
//!
//! Each server runs from a temporary copy of the template database that `scripts/tryton-server
//! prepare` builds once (venv and template are cached in `.tryton/<series>/`). Servers are spawned
//! from one long-lived thread with PR_SET_PDEATHSIG, so they die with the test process even when it
//! is killed, and an `atexit` hook stops every server still running, by PID, when the test binary
//! exits normally (failed tests included). Owned servers are also stopped when dropped.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::{Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

use super::repo_root;

pub const DATABASE: &str = "tryton";
pub const ADMIN: &str = "admin";

static RUNNING: Mutex<Vec<u32>> = Mutex::new(Vec::new());
static SPAWNER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
static PREPARED: Once = Once::new();
static SHARED: OnceLock<TrytonServer> = OnceLock::new();

type SpawnRequest = (Command, mpsc::Sender<std::io::Result<u32>>);

pub struct TrytonServer {
    pub url: String,
    pub port: u16,
    pub series: String,
    pub dir: tempfile::TempDir,
    pid: u32,
}

/// One server shared by all tests of the run, the one test binary `it` (started on first use).
pub fn shared_server() -> &'static TrytonServer {
    SHARED.get_or_init(|| TrytonServer::start(&[]))
}

/// The series a server runs: `TRYTON_SERIES` in its own settings (a test that needs both
/// series in one run), else the run's.
fn series_of(env: &[(&str, &str)]) -> String {
    env.iter()
        .find(|(key, _)| *key == "TRYTON_SERIES")
        .map(|(_, value)| value.to_string())
        .unwrap_or_else(series)
}

pub fn series() -> String {
    std::env::var("TRYTON_SERIES").unwrap_or_else(|_| "8.2".to_string())
}

fn server_home() -> PathBuf {
    std::env::var_os("TRYTON_SERVER_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".tryton"))
        .join(series())
}

pub fn admin_password() -> String {
    std::fs::read_to_string(server_home().join("template-v2/admin-password"))
        .expect("template admin password")
        .trim()
        .to_string()
}

fn prepare() {
    PREPARED.call_once(|| {
        let status = Command::new(repo_root().join("scripts/tryton-server"))
            .arg("prepare")
            .stdout(Stdio::null())
            .status()
            .expect("run scripts/tryton-server prepare");
        assert!(status.success(), "scripts/tryton-server prepare failed");
        unsafe { libc::atexit(stop_all_servers) };
    });
}

extern "C" fn stop_all_servers() {
    let pids: Vec<u32> = RUNNING.lock().map(|p| p.clone()).unwrap_or_default();
    for pid in pids {
        stop_pid(pid);
    }
}

fn stop_pid(pid: u32) {
    unsafe {
        libc::kill(pid as i32, libc::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let mut status = 0;
            let done = libc::waitpid(pid as i32, &mut status, libc::WNOHANG);
            if done != 0 || Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        libc::kill(pid as i32, libc::SIGKILL);
        libc::waitpid(pid as i32, std::ptr::null_mut(), libc::WNOHANG);
    }
    if let Ok(mut running) = RUNNING.lock() {
        running.retain(|p| *p != pid);
    }
}

/// Spawn from a thread that lives as long as the process: PR_SET_PDEATHSIG fires when the
/// spawning thread ends, so a short-lived test thread must not be the parent.
fn spawn(command: Command) -> std::io::Result<u32> {
    let sender = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        std::thread::spawn(move || {
            for (mut command, reply) in rx {
                unsafe {
                    command.pre_exec(|| {
                        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                        Ok(())
                    });
                }
                let _ = reply.send(command.spawn().map(|child| child.id()));
            }
            loop {
                std::thread::park();
            }
        });
        Mutex::new(tx)
    });
    let (tx, rx) = mpsc::channel();
    sender
        .lock()
        .unwrap()
        .send((command, tx))
        .expect("spawner alive");
    rx.recv().expect("spawner answered")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl TrytonServer {
    /// Start a server; `env` adds trytond settings such as `TRYTOND_SESSION__MAX_AGE`.
    pub fn start(env: &[(&str, &str)]) -> TrytonServer {
        Self::start_on(None, env)
    }

    /// A server whose logins need a password and an SMS code (trytond's authentication_sms),
    /// with admin's mobile set; the "SMS" land in the returned file.
    pub fn start_with_sms_login() -> (TrytonServer, PathBuf) {
        let modules = ("TRYTON_SERVER_MODULES", "authentication_sms");
        let mut server = TrytonServer::start(&[modules]);
        server.rpc(
            "model.res.user.write",
            serde_json::json!([[1], {"mobile": "+15555550100"}, {}]),
        );
        let sms = server.dir.path().join("sms.txt");
        let fixtures = repo_root().join("tests/fixtures");
        server.restart(&[
            modules,
            ("TRYTOND_SESSION__AUTHENTICATIONS", "password+sms"),
            ("TRYTOND_AUTHENTICATION_SMS__FUNCTION", "sms_capture.send"),
            ("PYTHONPATH", fixtures.to_str().unwrap()),
            ("TRYTON_SMS_FILE", sms.to_str().unwrap()),
        ]);
        (server, sms)
    }

    /// Start on a given port (to restart a server where clients expect it), in a fresh dir.
    pub fn start_on(port: Option<u16>, env: &[(&str, &str)]) -> TrytonServer {
        prepare();
        let dir = tempfile::Builder::new()
            .prefix("tryton-test-")
            .tempdir()
            .expect("temp dir");
        let mut last_log = String::new();
        for _ in 0..3 {
            let port = port.unwrap_or_else(free_port);
            match Self::launch(dir.path(), port, env) {
                Ok(pid) => {
                    let scheme = if serves_tls(env) { "https" } else { "http" };
                    return TrytonServer {
                        url: format!("{scheme}://127.0.0.1:{port}"),
                        port,
                        series: series_of(env),
                        dir,
                        pid,
                    };
                }
                Err(log) => last_log = log,
            }
        }
        panic!("trytond did not start:\n{last_log}");
    }

    fn launch(dir: &Path, port: u16, env: &[(&str, &str)]) -> Result<u32, String> {
        let log_path = dir.join("trytond.log");
        let log = std::fs::File::create(&log_path).map_err(|e| e.to_string())?;
        let mut command = Command::new(repo_root().join("scripts/tryton-server"));
        command
            .args(["serve", &dir.to_string_lossy(), &port.to_string()])
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .env("TRYTON_SERVER_LOG", "info");
        for (key, value) in env {
            command.env(key, value);
        }
        let pid = spawn(command).map_err(|e| e.to_string())?;
        RUNNING.lock().unwrap().push(pid);
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if !process_alive(pid) {
                stop_pid(pid);
                return Err(std::fs::read_to_string(&log_path).unwrap_or_default());
            }
            // Over TLS the plain-HTTP probe cannot answer; trytond listens only once its
            // database is loaded, so an accepted connection means it is ready.
            let ready = if serves_tls(env) {
                TcpStream::connect(("127.0.0.1", port)).is_ok()
            } else {
                version_answers(port, &series_of(env))
            };
            if ready {
                return Ok(pid);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        stop_pid(pid);
        Err(format!(
            "no answer within 60 s\n{}",
            std::fs::read_to_string(&log_path).unwrap_or_default()
        ))
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Stop the server now (by PID), keeping its directory (and database) for a restart.
    pub fn stop(&self) {
        stop_pid(self.pid);
    }

    /// Stop and start again on the same port and database, with other trytond settings.
    pub fn restart(&mut self, env: &[(&str, &str)]) {
        stop_pid(self.pid);
        let mut last_log = String::new();
        for _ in 0..3 {
            match Self::launch(self.dir.path(), self.port, env) {
                Ok(pid) => {
                    self.pid = pid;
                    return;
                }
                Err(log) => {
                    last_log = log;
                    std::thread::sleep(Duration::from_millis(300));
                }
            }
        }
        panic!("trytond did not restart:\n{last_log}");
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("trytond.log")).unwrap_or_default()
    }

    /// How many times the server ran this model method (e.g. `party.party.search_read`), from
    /// its log; for tests that prove a request was or was not sent.
    pub fn calls_of(&self, model_method: &str) -> usize {
        let needle = format!("{model_method}(");
        self.log()
            .lines()
            .filter(|line| line.contains(&needle) && line.contains(" from "))
            .count()
    }

    /// How many logins succeeded on this server.
    pub fn logins(&self) -> usize {
        self.log().matches("login succeeded").count()
    }

    /// Where database methods go for this server's series.
    pub fn database_path(&self) -> String {
        if self.series.starts_with('7') {
            format!("/{DATABASE}/")
        } else {
            format!("/{DATABASE}/rpc/")
        }
    }

    pub fn root_path(&self) -> &'static str {
        if self.series.starts_with('7') {
            "/"
        } else {
            "/rpc/"
        }
    }

    /// A direct JSON-RPC request, without the CLI: `(status, body)`.
    pub fn raw(&self, path: &str, body: &str, authorization: Option<&str>) -> (u16, String) {
        raw_request(self.port, path, body, authorization)
    }

    /// Log in directly and return the `Authorization` header value.
    pub fn session_header(&self) -> String {
        let body = format!(
            r#"{{"id":1,"method":"common.db.login","params":["{ADMIN}",{{"password":"{}"}}]}}"#,
            admin_password()
        );
        let (status, answer) = self.raw(&self.database_path(), &body, None);
        assert_eq!(status, 200, "{answer}");
        let value: serde_json::Value = serde_json::from_str(&answer).unwrap();
        let user = &value["result"][0];
        let token = value["result"][1].as_str().unwrap();
        use base64::Engine;
        let encoded =
            base64::engine::general_purpose::STANDARD.encode(format!("{ADMIN}:{user}:{token}"));
        format!("Session {encoded}")
    }

    /// Call a method directly with a session header; the parsed `result`.
    pub fn rpc(&self, method: &str, params: serde_json::Value) -> serde_json::Value {
        let header = self.session_header();
        let body = serde_json::json!({"id": 1, "method": method, "params": params}).to_string();
        let (status, answer) = self.raw(&self.database_path(), &body, Some(&header));
        assert_eq!(status, 200, "{answer}");
        let value: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert!(value.get("error").is_none(), "{answer}");
        value["result"].clone()
    }
}

impl Drop for TrytonServer {
    fn drop(&mut self) {
        stop_pid(self.pid);
    }
}

/// trytond serves HTTPS when given a certificate (`[ssl] certificate` and `privatekey`).
fn serves_tls(env: &[(&str, &str)]) -> bool {
    env.iter()
        .any(|(key, _)| *key == "TRYTOND_SSL__CERTIFICATE")
}

fn process_alive(pid: u32) -> bool {
    let mut status = 0;
    let reaped = unsafe { libc::waitpid(pid as i32, &mut status, libc::WNOHANG) };
    reaped == 0
}

fn version_answers(port: u16, series: &str) -> bool {
    let path = if series.starts_with('7') {
        "/"
    } else {
        "/rpc/"
    };
    let (status, _) = raw_request(
        port,
        path,
        r#"{"id":0,"method":"common.server.version","params":[]}"#,
        None,
    );
    status == 200
}

/// A minimal HTTP/1.1 POST (the server closes every connection, so read to the end). The server
/// may label even a plain body as gzip, so the body is decoded by its magic bytes.
pub fn raw_request(
    port: u16,
    path: &str,
    body: &str,
    authorization: Option<&str>,
) -> (u16, String) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new());
    };
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let auth = authorization
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut raw = Vec::new();
    if stream.read_to_end(&mut raw).is_err() && raw.is_empty() {
        return (0, String::new());
    }
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut payload = raw.get(split + 4..).unwrap_or_default().to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        payload = dechunk(&payload);
    }
    if payload.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&payload[..])
            .read_to_end(&mut out)
            .ok();
        payload = out;
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, String::from_utf8_lossy(&payload).to_string())
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("0").trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        let end = (start + size).min(data.len());
        out.extend_from_slice(&data[start..end]);
        data = data.get(end + 2..).unwrap_or_default();
    }
    out
}
