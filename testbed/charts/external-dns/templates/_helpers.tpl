{{- define "standin.name" -}}
external-dns
{{- end -}}

{{- define "standin.serviceAccountName" -}}
{{- default "external-dns" .Values.serviceAccount.name -}}
{{- end -}}

{{- define "standin.labels" -}}
app.kubernetes.io/name: external-dns
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
