"""A throwaway PostgreSQL cluster for the test run, from the machine's initdb/pg_ctl.

As root (as on CI machines), PostgreSQL refuses to run: the cluster is then created and started through
``runuser -u postgres --`` in a folder owned by that user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class PgBinaries:
    initdb: str
    pg_ctl: str


def find_pg_binaries() -> PgBinaries | None:
    candidates = [Path(p) for p in os.environ.get("PATH", "").split(os.pathsep)]
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        initdb, pg_ctl = folder / "initdb", folder / "pg_ctl"
        if initdb.is_file() and pg_ctl.is_file():
            return PgBinaries(str(initdb), str(pg_ctl))
    return None


class PgCluster:
    """initdb + pg_ctl start/stop; exposes what pytest-postgresql's noproc fixture reads."""

    host = "127.0.0.1"
    user = "postgres"
    password = ""
    options = ""
    dbname = "postgres"
    maintenance_dbname = "postgres"
    template_dbname: str | None = None

    def __init__(self, binaries: PgBinaries, folder: Path, port: int) -> None:
        self.binaries = binaries
        self.port = port
        self.folder = folder
        self.data = folder / "data"
        self.log = folder / "server.log"
        self._prefix: list[str] = []
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser is None:
                raise RuntimeError("running as root, but runuser is missing")
            account = pwd.getpwnam("postgres")
            os.chown(folder, account.pw_uid, account.pw_gid)
            folder.chmod(0o700)
            parent = folder.parent
            while parent != parent.parent:  # the postgres user must be able to reach the folder
                parent.chmod(parent.stat().st_mode | 0o711)
                parent = parent.parent
            self._prefix = [runuser, "-u", "postgres", "--"]

    def _run(self, *command: str) -> None:
        completed = subprocess.run([*self._prefix, *command], capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {completed.stderr}\n{completed.stdout}\n{log}")

    def start(self) -> None:
        self._run(
            self.binaries.initdb,
            "-D",
            str(self.data),
            "-U",
            self.user,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-h {self.host} -p {self.port} -k {self.folder} -F "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            self.binaries.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start"
        )

    def stop(self) -> None:
        self._run(self.binaries.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
