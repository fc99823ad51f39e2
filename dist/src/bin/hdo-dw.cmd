@echo off
rem The installed hdo-dw command on Windows: runs lib\hdo-dw.jar. It never builds and never reaches the network.
setlocal
set "HERE=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
if not defined HDO_DW_JAVA_OPTS set "HDO_DW_JAVA_OPTS=-Xmx2g"
"%JAVA%" %HDO_DW_JAVA_OPTS% -jar "%HERE%\lib\hdo-dw.jar" %*
exit /b %ERRORLEVEL%
