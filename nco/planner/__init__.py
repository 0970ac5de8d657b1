"""Trip planning from a text prompt (LLMAP).

A language model, or the offline parser, only *parses* the prompt into a
:class:`TripRequest`; a multi-step graph search (MSGS) builds itineraries on
the road network that keep every hard constraint (time budget, opening
hours, task order), and an independent checker verifies them.

>>> import nco
>>> plan = nco.plan_trip("From Marienplatz at 10am a museum, then lunch, back by 3pm", city="munich")
>>> print(plan.explain())
"""

from nco.planner.check import ItineraryCheck, check_itinerary
from nco.planner.parse import OllamaParser, OpenAIParser, ParseResult, parse, parse_offline
from nco.planner.plan import City, Plan, Stop, load_city, load_planner_city, plan_request, plan_trip
from nco.planner.request import CATEGORIES, Dependency, Preferences, Task, TripRequest, llm_schema, validate_request

__all__ = ["CATEGORIES", "City", "Dependency", "ItineraryCheck", "OllamaParser", "OpenAIParser", "ParseResult",
           "Plan", "Preferences", "Stop", "Task", "TripRequest", "check_itinerary", "llm_schema", "load_city",
           "load_planner_city", "parse", "parse_offline", "plan_request", "plan_trip", "validate_request"]
