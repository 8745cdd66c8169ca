"""One dynamic partition per briefing (keys like `2025-04-18-scio-38f0b353`)."""
import dagster as dg

briefings = dg.DynamicPartitionsDefinition(name="briefings")
