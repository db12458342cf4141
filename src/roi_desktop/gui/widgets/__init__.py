"""Reusable widgets: number fields, charts drawn with QPainter, the app's style."""
