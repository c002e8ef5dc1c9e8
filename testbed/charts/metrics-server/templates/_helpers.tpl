{{- define "standin.name" -}}
metrics-server
{{- end -}}

{{- define "standin.serviceAccountName" -}}
{{- default "metrics-server" .Values.serviceAccount.name -}}
{{- end -}}

{{- define "standin.labels" -}}
app.kubernetes.io/name: metrics-server
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
