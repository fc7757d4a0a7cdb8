"""Deployment: nginx in front of N Streamlit replicas, with a supervisor (`python -m deploy.cluster`)."""
