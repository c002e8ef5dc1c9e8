{{- define "plan-demo.labels" -}}
app.kubernetes.io/name: chalk-plan-demo
app.kubernetes.io/instance: {{ .Release.Name }}
{{- /* The chart version, not appVersion: the test bed pushes both versions with one appVersion. */}}
app.kubernetes.io/version: {{ .Chart.Version | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
