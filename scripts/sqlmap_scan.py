#!/usr/bin/env python3
"""Scans every form and query parameter of a running My Record with sqlmap; fails on any finding.

Usage: sqlmap_scan.py BASE_URL SQLMAP   (the server runs `serve --demo`, behind_proxy=true)

It signs in as a demo person, a demo legal aid worker and a demo administrator (setting up
their two-step sign-in the way a person would, by reading the key off the page), then runs
sqlmap on each form and query parameter with that session, taking each form's fresh
anti-forgery token from its page. First it proves the scanner finds a real injection, in a
deliberately vulnerable throwaway server, so a clean result means something.

Standard library only.
"""

import base64
import hashlib
import hmac
import http.cookiejar
import http.server
import os
import re
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

BASE, SQLMAP = sys.argv[1], sys.argv[2]
PASSWORD = os.environ["MYRECORD_DEMO_PASSWORD"]
OUT = tempfile.mkdtemp(prefix="myrecord-sqlmap-")
COMMON = [
    "--batch", "--flush-session", f"--output-dir={OUT}", "--level=3", "--risk=2",
    # Each request seems to come from a new address, so the per-address sign-in limit does not
    # turn every answer into "too many tries" halfway through the scan.
    "--tamper=xforwardedfor", "--timeout=15", "--retries=1",
]


class Session:
    """A browser with cookies (redirects followed, like a person clicking)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(BASE + path) as response:
            return response.read().decode()

    def post(self, path, fields, token_from):
        fields = dict(fields, csrf_token=self.token(token_from))
        data = urllib.parse.urlencode(fields).encode()
        try:
            with self.opener.open(BASE + path, data) as response:
                return response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.geturl(), error.read().decode()

    def upload(self, path, token_from, file_name, content):
        """Posts a document the way the browser's file field does (multipart)."""
        boundary = "sqlmapscanupload"
        head = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
                f'{self.token(token_from)}\r\n--{boundary}\r\nContent-Disposition: form-data; '
                f'name="document"; filename="{file_name}"\r\nContent-Type: application/pdf\r\n\r\n')
        data = head.encode() + content + f"\r\n--{boundary}--\r\n".encode()
        request = urllib.request.Request(BASE + path, data, {
            "Content-Type": f"multipart/form-data; boundary={boundary}"})
        with self.opener.open(request) as response:
            return response.geturl(), response.read().decode()

    def token(self, page):
        return re.search(r'name="csrf_token" value="([0-9a-f]+)"', self.get(page)).group(1)

    def cookie(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def sign_in(self, email):
        url, _ = self.post("/sign-in", {"email": email, "password": PASSWORD}, "/")
        if url.endswith("/account/two-step"):
            self.set_up_two_step()
        return self

    def set_up_two_step(self):
        page = self.get("/account/two-step")
        key = re.search(r"<code>([A-Z2-7-]+)</code>", page).group(1).replace("-", "")
        url, body = self.post("/account/two-step", {"code": totp(key)}, "/account/two-step")
        assert "recovery" in body.lower(), "two-step sign-in was set up"


def totp(key, at=None):
    """RFC 6238 code, as an authenticator app computes it."""
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    counter = struct.pack(">Q", int((at or time.time()) // 30))
    digest = hmac.new(secret, counter, hashlib.sha1).digest()
    offset = digest[19] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def sqlmap(label, url, args):
    """Runs sqlmap; returns True when it reports an injection, raises if it could not test."""
    command = [SQLMAP, "-u", url, *COMMON, *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    output = result.stdout + result.stderr
    found = "identified the following injection point" in output
    clean = "do not appear to be injectable" in output or "does not seem to be injectable" in output
    if not found and not clean:
        print(output[-3000:])
        raise SystemExit(f"sqlmap could not test {label}")
    print(f"{'INJECTABLE' if found else 'clean':10} {label}", flush=True)
    return found


def form(label, session, path, fields, page, extra=()):
    """A posted form; with no fields, the injection point is the `*` in `path`."""
    token = session.token(page)
    data = urllib.parse.urlencode(dict(fields, csrf_token=token))
    args = [f"--data={data}", "--csrf-token=csrf_token", f"--csrf-url={BASE}{page}"]
    if fields:
        args += ["-p", ",".join(fields)]
    if session.cookie():
        args.append(f"--cookie={session.cookie()}")
    return sqlmap(label, BASE + path, [*args, *extra])


def path_form(label, session, path, fields, page, extra=()):
    """A posted form whose injection point is the `*` in `path`; `fields` are sent as they are."""
    token = session.token(page)
    data = urllib.parse.urlencode(dict(fields, csrf_token=token))
    args = [f"--data={data}", "--csrf-token=csrf_token", f"--csrf-url={BASE}{page}"]
    if session.cookie():
        args.append(f"--cookie={session.cookie()}")
    return sqlmap(label, BASE + path, [*args, *extra])


def query(label, session, path_and_query, params):
    args = ["-p", params]
    if session.cookie():
        args.append(f"--cookie={session.cookie()}")
    return sqlmap(label, BASE + path_and_query, args)


def path_param(label, session, path, extra=()):
    """`path` marks the injection point with `*`."""
    args = [f"--cookie={session.cookie()}"] if session.cookie() else []
    return sqlmap(label, BASE + path, [*args, *extra])


# A reset link that does not work answers 404 by design; the scan must go on past it.
NOT_FOUND_IS_AN_ANSWER = ["--ignore-code=404"]


def file_dispute(session, charge):
    """Sends a dispute about an entry through the forms; returns its reference."""
    url, _ = session.post("/disputes/new", {"kind": "other", "charge": charge},
                          f"/disputes/new?charge={charge}")
    draft = urllib.parse.urlparse(url).path.rsplit("/details", 1)[0]
    session.post(f"{draft}/details", {"statement": "Scan report.", "correct_value": ""},
                 f"{draft}/details")
    url, _ = session.post(f"{draft}/submit", {}, f"{draft}/check")
    return re.search(r"/disputes/(MR-[A-Z0-9-]+)/submitted", url).group(1)


def start_draft(session, charge):
    """A draft that stays unsent; returns its path."""
    url, _ = session.post("/disputes/new", {"kind": "other", "charge": charge},
                          f"/disputes/new?charge={charge}")
    return urllib.parse.urlparse(url).path.rsplit("/details", 1)[0]


def multipart_form(label, session, path, fields, page):
    """A multipart form (the reply with an optional document): sqlmap tests its text fields."""
    token = session.token(page)
    boundary = "sqlmapscanboundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
             for k, v in dict(fields, csrf_token=token).items()]
    data = "".join(parts) + f"--{boundary}--\r\n"
    args = [f"--data={data}", "--csrf-token=csrf_token", f"--csrf-url={BASE}{page}",
            f"--headers=Content-Type: multipart/form-data; boundary={boundary}",
            "-p", ",".join(fields), f"--cookie={session.cookie()}"]
    return sqlmap(label, BASE + path, args)


def prove_the_scanner_finds_injections():
    """A throwaway server that builds SQL from a query parameter: sqlmap must catch it."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("create table t (id integer, name text)")
    db.execute("insert into t values (1, 'one'), (2, 'two')")

    class Vulnerable(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            value = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("id", ["1"])[0]
            try:
                rows = db.execute("select name from t where id = " + value).fetchall()
                body, status = " ".join(r[0] for r in rows), 200
            except sqlite3.Error as error:
                body, status = f"error: {error}", 500
            self.send_response(status)
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Vulnerable)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/?id=1"
    found = sqlmap("a deliberately injectable page (self-check)", url, ["-p", "id"])
    server.shutdown()
    if not found:
        raise SystemExit("the scanner missed a real injection: its clean results mean nothing")


def main():
    prove_the_scanner_finds_injections()

    anonymous = Session()
    anonymous.get("/")
    person = Session().sign_in("ana.quintero@example.org")
    worker = Session().sign_in("lena.ortiz@legalaid.example.org")
    admin = Session().sign_in("alex.morgan@records.example.gov")
    # An administrator halfway through signing in (password done, code due).
    halfway = Session()
    halfway.post("/sign-in", {"email": "alex.morgan@records.example.gov", "password": PASSWORD}, "/")

    client = re.search(r'href="/clients/(\d+)"', worker.get("/clients")).group(1)
    charge = re.search(r"/disputes/new\?charge=(\d+)", person.get("/record")).group(1)
    # Disputes for the reviewer's forms (one each, so each decides an open one), and a draft.
    asked, corrected, declined, informed, started = (file_dispute(person, charge) for _ in range(5))
    draft = start_draft(person, charge)
    # A draft with a document, for the remove button, and one to send.
    _, documents = person.upload(f"{draft}/documents", f"{draft}/documents", "order.pdf",
                                 b"%PDF-1.4\n%%EOF\n")
    document = re.search(r"/documents/(\d+)/remove", documents).group(1)
    unsent = start_draft(person, charge)
    reviewer = Session().sign_in("sam.whitaker@records.example.gov")
    reviewer.post(f"/review/{asked}/request-info", {"info_message": "Please send the order."},
                  f"/review/{asked}")

    findings = [
        query("GET / ?notice", anonymous, "/?notice=signed-out", "notice"),
        query("GET /language ?lang ?next", anonymous, "/language?lang=es&next=%2Frecord", "lang,next"),
        form("POST /sign-in", anonymous, "/sign-in",
             {"email": "someone@example.org", "password": "not the password"}, "/"),
        form("POST /register", anonymous, "/register",
             {"email": "new.person@example.org", "password": "a long passphrase here",
              "password_confirm": "a long passphrase here"}, "/register"),
        query("GET /register ?sent", anonymous, "/register?sent=1", "sent"),
        path_param("GET /register/confirm/{token}", anonymous, "/register/confirm/0123abcd*",
                   NOT_FOUND_IS_AN_ANSWER),
        form("POST /register/confirm/{token}", anonymous, "/register/confirm/0123abcd*", {},
             "/register", NOT_FOUND_IS_AN_ANSWER),
        form("POST /password-reset", anonymous, "/password-reset",
             {"email": "someone@example.org"}, "/password-reset"),
        path_param("GET /password-reset/{token}", anonymous, "/password-reset/0123abcd*",
                   NOT_FOUND_IS_AN_ANSWER),
        form("POST /password-reset/{token}", anonymous, "/password-reset/0123abcd",
             {"password": "a long passphrase here", "password_confirm": "a long passphrase here"},
             "/password-reset", NOT_FOUND_IS_AN_ANSWER),
        form("POST /sign-in/two-step", halfway, "/sign-in/two-step", {"code": "123456"},
             "/sign-in/two-step"),
        query("GET /record ?notice", person, "/record?notice=linked", "notice"),
        query("GET /record/sharing ?notice", person, "/record/sharing?notice=granted", "notice"),
        query("GET /account ?notice", person, "/account?notice=two-step-off", "notice"),
        query("GET /record/views ?page ?own", person, "/record/views?page=2&own=yes", "page,own"),
        form("POST /record/link", person, "/record/link",
             {"code": "ACDE-FGHJ-KMNP", "dob_day": "14", "dob_month": "3", "dob_year": "1985"},
             "/record/link"),
        form("POST /record/sharing", person, "/record/sharing",
             {"email": "lena.ortiz@legalaid.example.org", "days": "30"}, "/record/sharing"),
        form("POST /account/two-step", person, "/account/two-step", {"code": "123456"},
             "/account/two-step"),
        path_param("GET /clients/{person}", worker, f"/clients/{client}*"),
        form("POST /admin/access-codes", admin, "/admin/access-codes",
             {"sid": "PA1000001", "letter_language": "es"}, "/admin"),
        query("GET /disputes/new ?charge", person, f"/disputes/new?charge={charge}", "charge"),
        query("GET /disputes/new ?person", worker, f"/disputes/new?person={client}", "person"),
        form("POST /disputes/new", person, "/disputes/new", {"kind": "other", "charge": charge},
             f"/disputes/new?charge={charge}"),
        form("POST /disputes/drafts/{draft}/details", person, f"{draft}/details",
             {"statement": "What is wrong.", "correct_value": "What it should say."},
             f"{draft}/details"),
        path_param("GET /disputes/drafts/{draft}/check", person,
                   f"{draft.rsplit('/', 1)[0]}/{draft.rsplit('/', 1)[1]}*/check"),
        path_param("GET /disputes/{reference}", person, f"/disputes/{asked}*"),
        multipart_form("POST /disputes/{reference}/reply", person, f"/disputes/{asked}/reply",
                       {"message": "Here is the order."}, f"/disputes/{asked}"),
        path_param("GET /review/{reference}", reviewer, f"/review/{corrected}*"),
        form("POST /review/{reference}/correct", reviewer, f"/review/{corrected}/correct",
             {"disposition": "dismissed", "disposition_date_day": "1",
              "disposition_date_month": "2", "disposition_date_year": "2010", "grade": "M",
              "restitution": "0", "correct_message": "Corrected.", "step": "check"}, f"/review/{corrected}"),
        form("POST /review/{reference}/decline", reviewer, f"/review/{declined}/decline",
             {"decline_message": "The record is right."}, f"/review/{declined}"),
        form("POST /review/{reference}/request-info", reviewer, f"/review/{informed}/request-info",
             {"info_message": "Please send the order."}, f"/review/{informed}"),
        form("POST /review/{reference}/start", reviewer, f"/review/{started}*/start", {},
             f"/review/{started}"),
        # Sealed entries to check: the demo has none flagged, so an unknown flag is decided
        # (the handler reads the form and asks the database; the answer is "already decided").
        query("GET /review/sealed ?notice", reviewer, "/review/sealed?notice=kept", "notice"),
        form("POST /review/sealed/{flag}", reviewer, "/review/sealed/999999", {"choice": "keep"},
             "/review/sealed"),
        path_form("POST /review/sealed/{flag} (path)", reviewer, "/review/sealed/999999*",
                  {"choice": "keep"}, "/review/sealed", NOT_FOUND_IS_AN_ANSWER),
        # The current password is checked last and counted like a sign-in, so after a few tries
        # every answer is "too many attempts"; the fields are still read by the handler.
        form("POST /account/password", person, "/account/password",
             {"current_password": "not the password", "password": "a long passphrase here",
              "password_confirm": "a long passphrase here"}, "/account/password"),
        form("POST /account/email", person, "/account/email",
             {"email": "ana.elsewhere@example.org", "current_password": "not the password"},
             "/account/email"),
        form("POST /account/close", person, "/account/close",
             {"current_password": "not the password"}, "/account/close"),
        form("POST /account/language", person, "/account/language", {"language": "en"},
             "/account"),
        path_param("GET /account/email/confirm/{token}", anonymous,
                   "/account/email/confirm/0123abcd*", NOT_FOUND_IS_AN_ANSWER),
        form("POST /account/email/confirm/{token}", anonymous,
             "/account/email/confirm/0123abcd*", {}, "/", NOT_FOUND_IS_AN_ANSWER),
        form("POST /account/two-step/off", person, "/account/two-step/off", {"code": "123456"},
             "/account/two-step", NOT_FOUND_IS_AN_ANSWER),
        form("POST /disputes/drafts/{draft}/documents/{document}/remove", person,
             f"{draft}/documents/{document}*/remove", {}, f"{draft}/documents"),
        form("POST /disputes/drafts/{draft}/submit", person, f"{unsent}*/submit", {},
             f"{unsent}/check"),
    ]
    # Not scanned: forms with nothing but the anti-forgery token and no id in their address
    # (sign-out, new recovery codes); the document upload, whose only field is the file.
    # Last, and only now looked up: scanning the sharing form above replaced the grant, and a
    # working revoke takes the consent back.
    grant = re.search(r"/record/sharing/(\d+)/revoke", person.get("/record/sharing")).group(1)
    findings.append(form("POST /record/sharing/{grant}/revoke", person,
                         f"/record/sharing/{grant}*/revoke", {}, "/record/sharing"))
    if any(findings):
        raise SystemExit("sqlmap found an injection point (details above)")
    print(f"sqlmap: {len(findings)} forms and parameters scanned, nothing injectable")


main()
