//! A child process on a real pseudo-terminal: its stdin, stdout and stderr are the pty, which is
//! its controlling terminal, with the window size a test chooses (0 columns included, as
//! `script`, some CI ptys and Emacs shells report).

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

pub struct Pty {
    master: std::fs::File,
    child: std::process::Child,
    seen: String,
}

impl Pty {
    /// Runs `command` on an 80×24 terminal.
    pub fn spawn(command: std::process::Command) -> Pty {
        Pty::spawn_sized(command, 80, 24)
    }

    /// Runs `command` on a terminal of `columns`×`rows` (0×0: a terminal that does not know).
    pub fn spawn_sized(mut command: std::process::Command, columns: u16, rows: u16) -> Pty {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize {
            ws_row: rows,
            ws_col: columns,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty");
        let slave_fd = unsafe { OwnedFd::from_raw_fd(slave) };
        command
            .stdin(Stdio::from(slave_fd.try_clone().unwrap()))
            .stdout(Stdio::from(slave_fd.try_clone().unwrap()))
            .stderr(Stdio::from(slave_fd));
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = command.spawn().unwrap();
        // The child holds the slave now; the parent's copy went with `command`'s Stdio.
        drop(command);
        let master = unsafe { std::fs::File::from_raw_fd(master) };
        unsafe {
            let fd = master.as_raw_fd();
            let flags = libc::fcntl(fd, libc::F_GETFL);
            libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        Pty {
            master,
            child,
            seen: String::new(),
        }
    }

    /// Reads until `text` shows on the screen (or panics after 20 s).
    pub fn expect(&mut self, text: &str) {
        self.expect_times(text, 1);
    }

    /// Reads until `text` has shown `times` times (or panics after 20 s).
    pub fn expect_times(&mut self, text: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 4096];
        while self.seen.matches(text).count() < times {
            assert!(
                Instant::now() < deadline,
                "'{text}' never came; the screen: {}",
                self.seen
            );
            match self.master.read(&mut buf) {
                Ok(0) => std::thread::sleep(Duration::from_millis(20)),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }

    /// Types raw bytes (`\x03` is Ctrl-C: the terminal sends SIGINT).
    /// Wait until the program has turned the terminal's echo off (a password prompt is printed
    /// just before that): typing earlier would be echoed by the terminal itself.
    pub fn wait_for_no_echo(&self) {
        use std::os::fd::AsRawFd;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let mut termios: libc::termios = unsafe { std::mem::zeroed() };
            let ok = unsafe { libc::tcgetattr(self.master.as_raw_fd(), &mut termios) } == 0;
            if ok && termios.c_lflag & libc::ECHO == 0 {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the program never turned the echo off"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    pub fn type_bytes(&mut self, bytes: &[u8]) {
        self.master.write_all(bytes).unwrap();
    }

    pub fn type_line(&mut self, line: &str) {
        self.master
            .write_all(format!("{line}\n").as_bytes())
            .unwrap();
    }

    /// Waits for the child (20 s at most) and returns its exit code and everything it showed,
    /// with the terminal's `\r\n` line ends turned back into `\n`.
    pub fn finish(mut self) -> (i32, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 4096];
        let status = loop {
            // Keep reading while waiting: a child writing more than the pty buffers would block.
            while let Ok(n) = self.master.read(&mut buf) {
                if n == 0 {
                    break;
                }
                self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "the CLI did not exit; the screen: {}",
                self.seen
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        while let Ok(n) = self.master.read(&mut buf) {
            if n == 0 {
                break;
            }
            self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        (status.code().unwrap_or(-1), self.seen.replace("\r\n", "\n"))
    }
}
