mock_provider "aws" {
  # mocked values are known at plan time, so plan-only runs can compare them
  override_during = plan

  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Statement\":[{\"Principal\":{\"Service\":\"pods.eks.amazonaws.com\"}}]}" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::111122223333:role/mock" }
  }
}

variables {
  cluster_name = "wallet-test"
  roles = {
    external-secrets = {
      namespace       = "external-secrets"
      service_account = "external-secrets"
      policy_json     = "{}"
    }
  }
}

run "each_role_is_bound_to_exactly_its_service_account" {
  command = plan

  assert {
    condition     = aws_eks_pod_identity_association.this["external-secrets"].service_account == "external-secrets" && aws_eks_pod_identity_association.this["external-secrets"].namespace == "external-secrets"
    error_message = "the association must name the service account and namespace it was given"
  }
  assert {
    condition     = aws_iam_role.this["external-secrets"].name == "wallet-test-external-secrets"
    error_message = "role names carry the cluster's name, so the two regions' roles never collide"
  }
}
