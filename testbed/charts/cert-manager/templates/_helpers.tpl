{{- define "standin.name" -}}
cert-manager
{{- end -}}

{{- define "standin.serviceAccountName" -}}
{{- default "cert-manager" .Values.serviceAccount.name -}}
{{- end -}}

{{- define "standin.labels" -}}
app.kubernetes.io/name: cert-manager
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
