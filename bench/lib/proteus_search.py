"""The proteus way to do what `tryton-cli search party.party -l 100 -o json` does: log in, then
search_read 100 parties (id, rec_name) and print them as JSON.

    proteus_search.py DATABASE_RPC_URL PASSWORD_FILE

proteus 8.2 speaks XML-RPC only (proteus.config.set_xmlrpc / set_xmlrpc_session; its other backend,
set_trytond, imports the server in-process). set_xmlrpc_session logs in (common.db.login),
fetches the user's preferences (res.user.get_preferences) and logs out when the block ends.
"""
import json
import sys

from proteus import config

url, password_file = sys.argv[1], sys.argv[2]
with open(password_file) as f:
    password = f.readline().rstrip("\n")
with config.set_xmlrpc_session(url, "admin", password) as cfg:
    party = cfg.get_proxy("party.party")
    rows = party.search_read([], 0, 100, None, ["id", "rec_name"], cfg.context)
json.dump(rows, sys.stdout)
sys.stdout.write("\n")
