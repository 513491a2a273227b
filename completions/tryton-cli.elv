
use builtin;
use str;

set edit:completion:arg-completer[tryton-cli] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tryton-cli'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tryton-cli'= {
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --insecure 'Do not verify the server''s TLS certificate (prints a warning)'
            cand -v 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand --verbose 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand -q 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand --quiet 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ping 'Check that the server answers JSON-RPC (exit codes for scripts and CI)'
            cand login 'Log in and keep the session for later commands'
            cand call 'Call any RPC method with JSON arguments'
            cand search 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tryton-cli;ping'= {
            cand --wait 'Keep trying until the server answers or this much time has passed (e.g. 30s, 2m)'
            cand --count 'Ping this many times, one line each'
            cand --interval 'Time between two pings with --count'
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --json 'Print one JSON object instead of a line of text'
            cand --insecure 'Do not verify the server''s TLS certificate (prints a warning)'
            cand -v 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand --verbose 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand -q 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand --quiet 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tryton-cli;login'= {
            cand -u 'Login name'
            cand --user 'Login name'
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --insecure 'Do not verify the server''s TLS certificate (prints a warning)'
            cand -v 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand --verbose 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand -q 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand --quiet 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tryton-cli;call'= {
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --insecure 'Do not verify the server''s TLS certificate (prints a warning)'
            cand -v 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand --verbose 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand -q 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand --quiet 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tryton-cli;search'= {
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --insecure 'Do not verify the server''s TLS certificate (prints a warning)'
            cand -v 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand --verbose 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
            cand -q 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand --quiet 'Print nothing but results (ping: nothing at all; use the exit code)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tryton-cli;help'= {
            cand ping 'Check that the server answers JSON-RPC (exit codes for scripts and CI)'
            cand login 'Log in and keep the session for later commands'
            cand call 'Call any RPC method with JSON arguments'
            cand search 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tryton-cli;help;ping'= {
        }
        &'tryton-cli;help;login'= {
        }
        &'tryton-cli;help;call'= {
        }
        &'tryton-cli;help;search'= {
        }
        &'tryton-cli;help;help'= {
        }
    ]
    $completions[$command]
}
