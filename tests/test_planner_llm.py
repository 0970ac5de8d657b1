"""LLM parser backends against a local stub server speaking the OpenAI chat-completions and Ollama /api/chat protocols."""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from nco.errors import InputError
from nco.planner import llm_schema, parse
from nco.planner.request import TripRequest

TODAY = dt.date(2025, 6, 12)
PROMPT = "Tomorrow from Marienplatz at 10am a museum, then lunch at an Italian place, back by 4pm."
GOOD = {
    "tasks": [{"category": "museum", "duration_min": 120, "cuisine": None, "name": None},
              {"category": "restaurant", "duration_min": 60, "cuisine": "italian", "name": None}],
    "start_place": "Marienplatz", "end_place": "Marienplatz", "date": "2025-06-13", "start_time": "10:00",
    "deadline": "16:00", "time_limit_min": None, "dependencies": [{"before": 0, "after": 1}],
    "preferences": {"quality": 0.3, "distance": 0.3, "completion": 0.4}, "mode": "walk",
}


class Stub:
    """A loopback HTTP server; ``answers`` is consumed one per request: a dict (JSON content) / str / int (status)."""

    def __init__(self):
        self.answers: list = []
        self.requests: list[tuple[str, dict, dict]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append((self.path, body, dict(self.headers)))
                ans = stub.answers.pop(0) if stub.answers else 500
                if isinstance(ans, int):
                    self.send_response(ans)
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "stub failure"}}')
                    return
                content = ans if isinstance(ans, str) else json.dumps(ans)
                if self.path.endswith("/chat/completions"):
                    payload = {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body["model"],
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": content, "refusal": None}}],
                               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                elif self.path == "/api/chat":
                    payload = {"model": body["model"], "created_at": "2025-06-12T10:00:00Z",
                               "message": {"role": "assistant", "content": content}, "done": True,
                               "done_reason": "stop"}
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    s = Stub()
    yield s
    s.close()


def test_openai_structured_output(stub):
    stub.answers = [GOOD]
    res = parse(PROMPT, parser="openai", base_url=stub.url + "/v1", model="gpt-test", api_key="sk-test", today=TODAY)
    assert res.backend == "openai" and res.notes == []
    assert res.request == TripRequest.model_validate(GOOD)
    path, body, headers = stub.requests[0]
    assert path == "/v1/chat/completions"
    assert headers["Authorization"] == "Bearer sk-test"
    rf = body["response_format"]
    assert rf["type"] == "json_schema" and rf["json_schema"]["strict"] is True
    assert rf["json_schema"]["schema"] == llm_schema()
    assert body["messages"][0]["role"] == "system" and "2025-06-12" in body["messages"][0]["content"]
    assert body["messages"][1] == {"role": "user", "content": PROMPT}


def test_invalid_answer_is_retried_once(stub):
    bad = dict(GOOD, tasks=[{"category": "spaceport", "duration_min": 5, "cuisine": None, "name": None}])
    stub.answers = [bad, GOOD]
    res = parse(PROMPT, parser="openai", base_url=stub.url, model="m", today=TODAY)
    assert res.backend == "openai" and len(stub.requests) == 2


@pytest.mark.parametrize("answers", [["not json at all", "{\"tasks\": 3}"], [500, 503]])
def test_two_failures_fall_back_to_offline(stub, answers):
    stub.answers = list(answers)
    res = parse(PROMPT, parser="openai", base_url=stub.url, model="m", today=TODAY)
    assert len(stub.requests) == 2
    assert res.backend == "offline (fallback)"
    assert "failed twice" in res.notes[0] and "offline parser was used" in res.notes[0]
    assert [t.category for t in res.request.tasks] == ["museum", "restaurant"]


def test_unreachable_server_falls_back():
    res = parse(PROMPT, parser="ollama", base_url="http://127.0.0.1:9", model="m", today=TODAY)
    assert res.backend == "offline (fallback)" and "cannot reach" in res.notes[0]


def test_ollama_chat_with_format_schema(stub):
    stub.answers = [GOOD]
    res = parse(PROMPT, parser="ollama", base_url=stub.url, model="llama3.1", today=TODAY)
    assert res.backend == "ollama" and res.request.tasks[1].cuisine == "italian"
    path, body, _ = stub.requests[0]
    assert path == "/api/chat" and body["stream"] is False
    assert body["format"] == llm_schema() and body["model"] == "llama3.1"


def test_contradictory_llm_answer_is_reported(stub):
    stub.answers = [dict(GOOD, deadline="09:00")]
    with pytest.raises(InputError, match="contradictory times"):
        parse(PROMPT, parser="openai", base_url=stub.url, model="m", today=TODAY)


def test_auto_uses_environment(stub, monkeypatch):
    monkeypatch.setenv("NCO_LLM", "ollama")
    monkeypatch.setenv("NCO_LLM_BASE_URL", stub.url)
    monkeypatch.setenv("NCO_LLM_MODEL", "qwen")
    stub.answers = [GOOD]
    assert parse(PROMPT, today=TODAY).backend == "ollama"
    monkeypatch.delenv("NCO_LLM")
    assert parse(PROMPT, today=TODAY).backend == "offline"


def test_plan_trip_through_llm(stub):
    from nco.planner import plan_trip

    stub.answers = [GOOD]
    plan = plan_trip(PROMPT, city="munich", parser="openai", base_url=stub.url, model="m", today=TODAY)
    assert plan.backend == "openai" and plan.feasible
    assert [s.category for s in plan.itinerary] == ["museum", "restaurant"]
