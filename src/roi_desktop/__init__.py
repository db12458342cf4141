"""roi-desktop: a desktop ROI calculator for customer-service consultants."""

__version__ = "0.1.0"
