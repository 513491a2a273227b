
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
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
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
            cand logout 'Log out: end the session on the server and forget it here'
            cand status 'Show the stored sessions and whether the server still accepts them'
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
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
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
            cand --login-param 'Answer a further login factor the server asks for, e.g. sms_code=123456 (repeatable)'
            cand --save-profile 'Save the URL, database and user as this profile in the config file'
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --password-stdin 'Read the password from the first line of standard input'
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
        &'tryton-cli;logout'= {
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --all 'Forget every stored session (each is also ended on its server, where it answers)'
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
        &'tryton-cli;status'= {
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --offline 'Do not ask the server whether the session is still valid'
            cand --json 'Print JSON instead of text'
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
            cand --params 'The whole params array as JSON, or - to read it from standard input'
            cand --context 'JSON object merged over the user''s context (model, wizard and report methods)'
            cand -o 'Output format: json (the default), or a table for a list of records'
            cand --output 'Output format: json (the default), or a table for a list of records'
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --no-context 'Send the params exactly as given, without appending the context'
            cand --compact 'Compact JSON even on a terminal'
            cand --pretty 'Indented JSON even when piped'
            cand --dry-run 'Print the JSON-RPC request and an equivalent curl command (session redacted); send nothing'
            cand --retry-writes 'The method is idempotent: re-send it after a failure even if it may have reached the server'
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
            cand -f 'Fields to read, comma-separated; dotted names follow relations (party.rec_name) [default: id,rec_name]'
            cand --fields 'Fields to read, comma-separated; dotted names follow relations (party.rec_name) [default: id,rec_name]'
            cand --order 'Sort order, e.g. ''name'' or ''create_date desc,id'' [default: the model''s own order]'
            cand -l 'At most this many records [default: 100 on a terminal, all when piped]'
            cand --limit 'At most this many records [default: 100 on a terminal, all when piped]'
            cand --offset 'Skip this many records first'
            cand -o 'Output format [default: table on a terminal, ndjson when piped]'
            cand --output 'Output format [default: table on a terminal, ndjson when piped]'
            cand --batch-size 'Records per request when paging through large results'
            cand --context 'JSON object merged over the user''s context, e.g. ''{"language": "fr"}'''
            cand --url 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)'
            cand -d 'Database name'
            cand --database 'Database name'
            cand --timeout 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]'
            cand --retries 'How often a failed request is sent again when that is safe [default: 3]'
            cand -u 'Login name (also picks the stored session when several users are logged in)'
            cand --user 'Login name (also picks the stored session when several users are logged in)'
            cand --profile 'Profile from the config file (~/.config/tryton-cli/config.toml)'
            cand --session-store 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]'
            cand --password-file 'Read the password from the first line of this file (it must not be readable by others)'
            cand --cacert 'Trust the certificates in this PEM file (a private CA) instead of the system store'
            cand --count 'Print only how many records match'
            cand --all 'Everything, also on a terminal (no cap of 100 rows)'
            cand --pretty 'Indented JSON for -o json'
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
            cand logout 'Log out: end the session on the server and forget it here'
            cand status 'Show the stored sessions and whether the server still accepts them'
            cand call 'Call any RPC method with JSON arguments'
            cand search 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tryton-cli;help;ping'= {
        }
        &'tryton-cli;help;login'= {
        }
        &'tryton-cli;help;logout'= {
        }
        &'tryton-cli;help;status'= {
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
