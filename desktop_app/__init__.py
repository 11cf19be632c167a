"""节能诊断工作台 (JNZD Workbench): offline desktop app for 工业节能诊断服务.

This module is the one source of the app's identity; packaging imports it.
"""

__version__ = "0.1.0"
APP_NAME = "节能诊断工作台"
APP_NAME_EN = "JNZD Workbench"
APP_ID = "jnzd"
ORG_NAME = "JNZD"
CASE_SUFFIX = ".jnzd"
